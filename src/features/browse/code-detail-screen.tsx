import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { findCode } from '../../domain/dataset';
import { useCodeText } from '../../state/use-texts';
import { CodeLesson } from '../../ui/code-lesson';
import { KnowledgeSummary } from '../../ui/kind-renderers';
import { Link, useRouter } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { useBadgeLabels } from './badge-labels';
import { CodeHistory } from './code-history';
import { MasteryBadge } from './mastery-badge';
import { StatusBadge } from './status-badge';
import { useMasteryOf } from './use-mastery';
import './browse.css';

/** The address of a study session that starts with this code's cards (read by the Study screen). */
export function studyCodePath(code: number): string {
  return `/study?code=${code}`;
}

/** A code's own page (/browse/404): the full lesson, typical situations, the user's history, study now. */
export function CodeDetailScreen({ code }: { code: number }) {
  const { t } = useTranslation();
  const router = useRouter();
  const facts = findCode(code);
  const text = useCodeText(code);
  const masteryOf = useMasteryOf();
  const labels = useBadgeLabels();
  const scenariosId = useId();

  if (!facts) {
    return (
      <Screen title={t('browse.detail.notFoundTitle')}>
        <p>{t('browse.detail.notFoundBody', { code })}</p>
        <p>
          <Link to="/browse">{t('browse.detail.back')}</Link>
        </p>
      </Screen>
    );
  }

  return (
    <Screen title={t('browse.detail.title', { code })}>
      <p className="code-detail__nav">
        <Link to="/browse">{t('browse.detail.back')}</Link>
      </p>
      <div className="code-detail__status">
        <StatusBadge facts={facts} labels={labels} />
        <MasteryBadge mastery={masteryOf(code)} labels={labels} />
      </div>
      <div className="code-detail__study">
        <button
          type="button"
          className="primary"
          aria-describedby={`${scenariosId}-hint`}
          onClick={() => router.navigate(studyCodePath(code))}
        >
          {t('browse.detail.studyNow')}
        </button>
        <p id={`${scenariosId}-hint`} className="browse-filters__hint">
          {t('browse.detail.studyNowHint')}
        </p>
      </div>
      <CodeLesson
        code={code}
        linkRelated
        knowledge={<KnowledgeSummary code={code} headingLevel={3} />}
      />
      {text && (
        <section className="code-part" aria-labelledby={scenariosId}>
          <h2 id={scenariosId}>{t('browse.detail.scenarios')}</h2>
          <ul>
            {text.scenarios.map((scenario) => (
              <li key={scenario}>{scenario}</li>
            ))}
          </ul>
        </section>
      )}
      <CodeHistory code={code} />
    </Screen>
  );
}
