import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

import type { ShortcutsHelpProps } from './shortcuts-help';

/** The keyboard shortcuts of a screen in a modal dialog (loaded by ShortcutsHelp when first opened). */
export function ShortcutsDialog({ shortcuts, onClose }: ShortcutsHelpProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('card.helpLabel')} closeLabel={t('card.close')} onClose={onClose}>
      <dl className="shortcuts">
        {shortcuts.map((s) => (
          <div key={s.description} className="shortcuts__row">
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' ' : null}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
