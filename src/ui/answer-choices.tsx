import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { optionKey, type QuestionOption } from '../domain/card-kinds/question';
import { optionLetter } from '../domain/quiz-options';
import { CodeName } from './code-name';
import { OptionText } from './kind-renderers';

export interface AnswerChoicesProps {
  options: readonly QuestionOption[];
  /** Show code options as their names (a "code → name" question) rather than as codes. */
  codesAsNames?: boolean;
  /** The right option's key, once the answer is checked (marks right and wrong options). */
  answer?: string | undefined;
  /** The key of the option the learner picked, once checked. */
  picked?: string | undefined;
  onPick: (key: string) => void;
  /** Id of the question heading that names this group. */
  labelledBy: string;
}

/** What an option says: a code (or its name), else the words of its kind's renderer. */
function OptionContent({ option, asName }: { option: QuestionOption; asName: boolean }): ReactNode {
  if (option.type === 'code')
    return asName ? (
      <CodeName code={option.code} />
    ) : (
      <span className="answer-choice__code">{option.code}</span>
    );
  return (
    <Suspense fallback={<span>…</span>}>
      <OptionText option={option} />
    </Suspense>
  );
}

/**
 * Up to four options lettered A–D (keys 1–4 or A–D pick them). After checking, the options are
 * disabled and the right one and the learner's pick are marked in words, not by colour alone.
 */
export function AnswerChoices({
  options,
  codesAsNames = false,
  answer,
  picked,
  onPick,
  labelledBy,
}: AnswerChoicesProps) {
  const { t } = useTranslation();
  const checked = answer !== undefined;
  return (
    <ol className="answer-choices" aria-labelledby={labelledBy}>
      {options.map((option, i) => {
        const key = optionKey(option);
        const isRight = checked && key === answer;
        const isPicked = checked && key === picked;
        const state = isRight ? 'right' : isPicked ? 'wrong' : '';
        return (
          <li key={key}>
            <button
              type="button"
              className={`answer-choice ${state ? `answer-choice--${state}` : ''}`}
              disabled={checked}
              onClick={() => onPick(key)}
            >
              {/* The letter is part of the name: it is also the key that picks the option. */}
              <span className="answer-choice__letter">{optionLetter(i)}</span>
              <span className="answer-choice__text">
                <OptionContent option={option} asName={codesAsNames} />
                {/* The space keeps the tag a word of its own in the button's accessible name. */}
                {isPicked ? (
                  <>
                    {' '}
                    <span className="answer-choice__mark">{t('card.yourChoice')}</span>
                  </>
                ) : null}
                {isRight ? (
                  <>
                    {' '}
                    <span className="answer-choice__mark">{t('card.rightChoice')}</span>
                  </>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
