import { useTranslation } from 'react-i18next';
import type { CodeFacts } from '../../domain/dataset-schema';

/** The code's standing (standard, WebDAV, …, unofficial) as text, with who uses it when the dataset says. */
export function StatusBadge({ facts }: { facts: CodeFacts }) {
  const { t } = useTranslation();
  const status = t(`browse.status.${facts.status}`);
  return (
    <span className={`badge badge--status badge--${facts.status}`}>
      {facts.origin ? t('browse.statusWithOrigin', { status, origin: facts.origin }) : status}
    </span>
  );
}
