import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ankiDeckText } from '../../domain/anki-export';
import { CODES } from '../../domain/dataset';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../domain/language';
import { reviewLogFileName } from '../../domain/review-log-file';
import { useProgress, useStores } from '../../state/stores';
import { useLanguage } from '../../state/use-texts';
import { downloadText } from '../../ui/download-text';
import { AnkiPackageExport } from './anki-package-export';
import { fileDate } from './download';

/** Downloads of the user's data: progress JSON, review-log CSV, and the deck for Anki in a chosen language. */
export function DataExport() {
  const { t } = useTranslation();
  const id = useId();
  const { env, progress, content, prefs } = useStores();
  const includeUnofficial = useProgress((s) => s.settings.includeUnofficial);
  const current = useLanguage();
  const [deckLang, setDeckLang] = useState<Language>(current);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState('');

  const save = (name: string, text: string, type: string) => {
    downloadText(name, text, type);
    setMessage(t('settings.data.exported', { file: name }));
  };
  const day = () => fileDate(env.now());

  const exportAnki = async () => {
    setFailed(false);
    const texts = await content.getState().load(deckLang);
    if (!texts) {
      setFailed(true);
      return;
    }
    const text = ankiDeckText(CODES, texts, {
      columns: {
        code: t('settings.data.ankiColumns.code'),
        name: t('settings.data.ankiColumns.name'),
        explanation: t('settings.data.ankiColumns.explanation'),
        tags: t('settings.data.ankiColumns.tags'),
      },
      withEnglishPhrase: deckLang !== 'en',
      includeUnofficial,
    });
    save(`http-status-codes-anki-${deckLang}.txt`, text, 'text/plain;charset=utf-8');
  };

  return (
    <>
      <div className="data-block">
        <h3>{t('settings.data.exportTitle')}</h3>
        <p className="setting__hint">{t('settings.data.exportHint')}</p>
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              save(
                `http-status-trainer-progress-${day()}.json`,
                `${JSON.stringify(progress.getState().exportFile())}\n`,
                'application/json',
              );
              prefs.getState().recordBackup(env.now()); // the backup reminder starts over
            }}
          >
            {t('settings.data.exportJson')}
          </button>
          <button
            type="button"
            onClick={() =>
              save(
                reviewLogFileName(
                  day(),
                  Intl.DateTimeFormat().resolvedOptions().timeZone,
                  progress.getState().settings.dayStartHour,
                ),
                progress.getState().exportCsv(),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('settings.data.exportCsv')}
          </button>
        </div>
      </div>
      <div className="data-block">
        <h3>{t('settings.data.ankiTitle')}</h3>
        <p className="setting__hint">{t('settings.data.ankiHint')}</p>
        <div className="setting">
          <label htmlFor={`${id}-lang`}>{t('settings.data.ankiLanguage')}</label>
          <select
            id={`${id}-lang`}
            value={deckLang}
            onChange={(e) => setDeckLang(e.target.value as Language)}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {LANGUAGE_NAMES[lang]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void exportAnki()}>
          {t('settings.data.ankiButton')}
        </button>
        <p className="data-status" role="status">
          {message}
        </p>
        {failed && (
          <p className="setting__error" role="alert">
            {t('settings.data.ankiFailed')}
          </p>
        )}
        <AnkiPackageExport language={deckLang} />
      </div>
    </>
  );
}
