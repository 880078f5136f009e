import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';

export interface Shortcut {
  /** Keys as printed on the keyboard, e.g. ["Space", "Enter"]. */
  keys: string[];
  description: string;
}

/** The keyboard shortcuts of a screen, in a modal dialog opened with "?". */
export function ShortcutsHelp({
  shortcuts,
  onClose,
}: {
  shortcuts: Shortcut[];
  onClose: () => void;
}) {
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
