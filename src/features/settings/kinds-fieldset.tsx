import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind } from '../../domain/card-model';
import { useProgress } from '../../state/stores';

/** Which kinds of card to study; at least one must stay chosen, and the user is told why. */
export function KindsFieldset() {
  const { t } = useTranslation();
  const id = useId();
  const kinds = useProgress((s) => s.settings.kinds);
  const update = useProgress((s) => s.updateSettings);
  const [refused, setRefused] = useState(false);

  const toggle = (kind: CardKind, on: boolean) => {
    const next = on
      ? CARD_KINDS.filter((k) => k === kind || kinds.includes(k))
      : kinds.filter((k) => k !== kind);
    if (next.length === 0) {
      setRefused(true);
      return;
    }
    setRefused(false);
    update({ kinds: next });
  };

  return (
    <fieldset className="setting setting--group" aria-describedby={`${id}-error`}>
      <legend>{t('settings.study.kinds')}</legend>
      {CARD_KINDS.map((kind) => (
        <label key={kind} className="setting__option">
          <input
            type="checkbox"
            checked={kinds.includes(kind)}
            onChange={(e) => toggle(kind, e.target.checked)}
          />
          {t(`settings.study.kind.${kind}`)}
        </label>
      ))}
      <p className="setting__hint">{t('settings.study.kindsNote')}</p>
      <p id={`${id}-error`} className="setting__error" aria-live="polite">
        {refused ? t('settings.study.kindsError') : null}
      </p>
    </fieldset>
  );
}
