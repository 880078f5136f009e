import { ANKI_KINDS } from '../../domain/anki-ids';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODES } from '../../domain/dataset';
import type { Language } from '../../domain/language';
import { startApkgExport } from '../../state/apkg-client';
import { useStores } from '../../state/stores';
import { downloadText } from '../../ui/download-text';
import { fileDate } from './download';

/**
 * The deck as an Anki package (.apkg) in `language`, built in a worker (sql.js and fflate load only
 * then), optionally with the learner's scheduling and review history.
 */
export function AnkiPackageExport({ language }: { language: Language }) {
  const { t, i18n } = useTranslation();
  const { env, progress, content } = useStores();
  const [withHistory, setWithHistory] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const cancelRef = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelRef.current?.(), []);

  const build = async () => {
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const [texts] = await Promise.all([
        content.getState().load(language),
        i18n.loadLanguages(language),
      ]);
      if (!texts) {
        setError(t('settings.data.ankiFailed'));
        return;
      }
      // The note type speaks the deck's language, whatever the app's.
      const deckT = i18n.getFixedT(language);
      const state = progress.getState();
      const job = startApkgExport({
        codes: CODES,
        texts,
        withEnglishPhrase: language !== 'en',
        strings: {
          deckName: deckT('fsrs.apkg.deck'),
          noteTypeName: deckT('fsrs.apkg.noteType'),
          front: deckT('fsrs.apkg.front'),
          back: deckT('fsrs.apkg.back'),
          // Each kind with fixed sides has its question under card.prompt (checked by its test).
          prompts: Object.fromEntries(
            ANKI_KINDS.map((kind) => [kind, deckT(`card.prompt.${kind as 'recall'}`)]),
          ),
        },
        settings: state.settings,
        ...(withHistory ? { progress: { cards: state.cards, log: state.log } } : {}),
        now: env.now(),
      });
      cancelRef.current = job.cancel;
      const outcome = await job.result;
      cancelRef.current = null;
      if (!outcome.ok) {
        setError(t('fsrs.apkg.failed', { detail: outcome.detail ?? outcome.reason }));
        return;
      }
      const name = `http-status-codes-${language}-${fileDate(env.now())}.apkg`;
      downloadText(name, outcome.value, 'application/octet-stream');
      setMessage(t('settings.data.exported', { file: name }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="anki-package">
      <h4>{t('fsrs.apkg.title')}</h4>
      <p className="setting__hint">{t('fsrs.apkg.hint')}</p>
      <div className="setting setting--check">
        <label>
          <input
            type="checkbox"
            checked={withHistory}
            onChange={(e) => setWithHistory(e.target.checked)}
          />
          {t('fsrs.apkg.withScheduling')}
        </label>
      </div>
      <button type="button" disabled={busy} onClick={() => void build()}>
        {t('fsrs.apkg.button')}
      </button>
      <p className="data-status" role="status">
        {busy ? t('fsrs.apkg.building') : message}
      </p>
      {error && (
        <p className="setting__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
