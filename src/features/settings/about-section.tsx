import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { version } from '../../../package.json';
import { CODES } from '../../domain/dataset';

const IANA_REGISTRY = 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml';
const WIKIPEDIA_ZH = 'https://zh.wikipedia.org/wiki/HTTP%E7%8A%B6%E6%80%81%E7%A0%81';
const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The RFCs the dataset cites, each with how many codes it defines, most cited first. */
function citedRfcs(): { rfc: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const facts of CODES)
    for (const rfc of new Set(facts.spec.map((s) => s.rfc)))
      counts.set(rfc, (counts.get(rfc) ?? 0) + 1);
  return [...counts]
    .map(([rfc, count]) => ({ rfc, count }))
    .sort((a, b) => b.count - a.count || a.rfc - b.rfc);
}

/** What the app is, where its facts come from (RFCs, IANA, Chinese Wikipedia under CC BY-SA), its version. */
export function AboutSection() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="settings-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('about.title')}</h2>
      <p>{t('about.what')}</p>
      <p>{t('about.privacy')}</p>
      <h3>{t('about.sources')}</h3>
      <p>{t('about.rfcs')}</p>
      <ul className="rfc-list">
        {citedRfcs().map(({ rfc, count }) => (
          <li key={rfc}>
            <a href={`https://www.rfc-editor.org/rfc/rfc${rfc}`}>
              {t('about.rfc', { rfc, count })}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={IANA_REGISTRY}>{t('about.iana')}</a>
      </p>
      <p>
        <Trans
          i18nKey="about.wikipedia"
          components={{
            article: <a href={WIKIPEDIA_ZH} />,
            license: <a href={CC_BY_SA} />,
          }}
        />
      </p>
      <p className="about-version">{t('about.version', { version })}</p>
    </section>
  );
}
