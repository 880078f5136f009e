import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  /** The cancel button's label ("Cancel" when absent). */
  cancelLabel?: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal question with Cancel and one action; Esc, the close button and Cancel all cancel. */
export function ConfirmDialog({
  title,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={title} closeLabel={t('card.close')} onClose={onCancel}>
      <div className="confirm-dialog__body">{children}</div>
      <div className="confirm-dialog__actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel ?? t('card.cancel')}
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
