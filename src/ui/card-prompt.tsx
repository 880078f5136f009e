import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardKind } from '../domain/card-model';
import { findCode } from '../domain/dataset';
import { useCodeNames, useCodeText } from '../state/use-texts';

export interface CardPromptProps {
  code: number;
  kind: CardKind;
  /** Picks one of the code's scenarios (taken modulo their number). */
  variant: number;
  /** A "code → name" quiz question: shows the code like a recall card but asks for its name. */
  asksName?: boolean;
  /** Id of the question heading, so answer controls can point to it. */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The front of a card: the question as a heading (focused when a card appears, so screen readers read
 * it) and what the learner must work from: the code, the name, or a situation.
 */
export function CardPrompt({
  code,
  kind,
  variant,
  asksName,
  headingId,
  headingRef,
}: CardPromptProps) {
  const { t } = useTranslation();
  const text = useCodeText(code);
  const names = useCodeNames();
  const question =
    kind === 'recall'
      ? asksName
        ? t('card.prompt.codeToName')
        : t('card.prompt.recall')
      : t(`card.prompt.${kind}`);
  const scenarios = text?.scenarios ?? [];
  const scenario = scenarios[variant % Math.max(1, scenarios.length)];
  return (
    <div className="card-prompt">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="card-prompt__question">
        {question}
      </h2>
      {kind === 'recall' ? (
        <p className={`card-prompt__code code-class-${Math.floor(code / 100)}`}>{code}</p>
      ) : kind === 'reverse' ? (
        <p className="card-prompt__name">{text ? distinctName(code, text.name, names, t) : '…'}</p>
      ) : (
        <blockquote className="card-prompt__scenario">{scenario ?? '…'}</blockquote>
      )}
    </div>
  );
}

/**
 * A name that points to one code only: a name two codes share ("(Unused)": 306 and 418) is asked with
 * the code's former name beside it, so that the question has one right answer.
 */
function distinctName(
  code: number,
  name: string,
  names: Readonly<Record<string, string>> | undefined,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  const shared = Object.entries(names ?? {}).some(
    ([other, n]) => n === name && other !== String(code),
  );
  const former = findCode(code)?.formerPhrases[0];
  return shared && former ? t('card.sharedName', { name, former }) : name;
}
