import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionPrompt } from '../domain/card-kinds/question';
import { findCode } from '../domain/dataset';
import { useCodeNames, useCodeText } from '../state/use-texts';

/** The prompts of the three kinds every first card may be: in the first load, unlike the generated ones. */
export type BasePrompt = Extract<QuestionPrompt, { form: 'recall' | 'reverse' | 'scenario' }>;

export interface CardPromptProps {
  prompt: BasePrompt;
  /** A "code → name" quiz question: shows the code like a recall card but asks for its name. */
  asksName?: boolean;
  /** Id of the question heading, so answer controls can point to it. */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The front of a recall, reverse or scenario card: the question as a heading (focused when a card
 * appears, so screen readers read it) and what the learner works from: the code, the name, or a
 * situation.
 */
export function CardPrompt({ prompt, asksName, headingId, headingRef }: CardPromptProps) {
  const { t } = useTranslation();
  const { code } = prompt;
  const text = useCodeText(code);
  const names = useCodeNames();
  const question =
    prompt.form === 'recall'
      ? asksName
        ? t('card.prompt.codeToName')
        : t('card.prompt.recall')
      : t(`card.prompt.${prompt.form}`);
  const scenarios = text?.scenarios ?? [];
  const scenario =
    prompt.form === 'scenario'
      ? scenarios[prompt.variant % Math.max(1, scenarios.length)]
      : undefined;
  return (
    <div className="card-prompt">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="card-prompt__question">
        {question}
      </h2>
      {prompt.form === 'recall' ? (
        <p className={`card-prompt__code code-class-${Math.floor(code / 100)}`}>{code}</p>
      ) : prompt.form === 'reverse' ? (
        <p className="card-prompt__name">
          {text ? <DistinctName code={code} name={text.name} names={names} /> : '…'}
        </p>
      ) : (
        <blockquote className="card-prompt__scenario">{scenario ?? '…'}</blockquote>
      )}
    </div>
  );
}

/**
 * The former name to ask beside a name two codes share ("(Unused)": 306 and 418), so that the question
 * has one right answer; undefined when the name is the code's alone.
 */
function formerNameIfShared(
  code: number,
  name: string,
  names: Readonly<Record<string, string>> | undefined,
): string | undefined {
  const shared = Object.entries(names ?? {}).some(
    ([other, n]) => n === name && other !== String(code),
  );
  return shared ? findCode(code)?.formerPhrases[0] : undefined;
}

/** The name, with the former one beside it when two codes share it. */
function DistinctName({
  code,
  name,
  names,
}: {
  code: number;
  name: string;
  names: Readonly<Record<string, string>> | undefined;
}) {
  const { t } = useTranslation();
  const former = formerNameIfShared(code, name, names);
  return <>{former ? t('card.sharedName', { name, former }) : name}</>;
}
