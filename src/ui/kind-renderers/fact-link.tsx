import { useTranslation } from 'react-i18next';
import { refUrl, type FactRef } from '../../domain/knowledge-model';

/** A fact's source as a link: "RFC 9110 §15.5.6", "Fetch standard: http-redirect-fetch", or the site. */
export function FactLink({ source }: { source: FactRef }) {
  const { t } = useTranslation();
  const label =
    'rfc' in source
      ? t('kinds.knowledge.linkRfc', { rfc: source.rfc, section: source.section })
      : 'fetch' in source
        ? t('kinds.knowledge.linkFetch', { anchor: source.fetch })
        : new URL(source.url).hostname;
  return (
    <a className="fact-link" href={refUrl(source)} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> {t('lesson.newTab')}</span>
    </a>
  );
}
