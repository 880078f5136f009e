import { useTranslation } from 'react-i18next';
import { optionLetter } from '../domain/quiz-options';
import { CodeName } from './code-name';

export interface AnswerChoicesProps {
  options: readonly number[];
  /** Show each option as its code (name → code, scenario → code) or as its name (code → name). */
  show: 'code' | 'name';
  /** The right code, once the answer is checked (marks right and wrong options). */
  answer?: number | undefined;
  /** The code the learner picked, once checked. */
  picked?: number | undefined;
  onPick: (code: number) => void;
  /** Id of the question heading that names this group. */
  labelledBy: string;
}

/**
 * Up to four options lettered A–D (keys 1–4 or A–D pick them). After checking, the options are
 * disabled and the right one and the learner's pick are marked in words, not by colour alone.
 */
export function AnswerChoices({
  options,
  show,
  answer,
  picked,
  onPick,
  labelledBy,
}: AnswerChoicesProps) {
  const { t } = useTranslation();
  const checked = answer !== undefined;
  return (
    <ol className="answer-choices" aria-labelledby={labelledBy}>
      {options.map((code, i) => {
        const isRight = checked && code === answer;
        const isPicked = checked && code === picked;
        const state = isRight ? 'right' : isPicked ? 'wrong' : '';
        return (
          <li key={code}>
            <button
              type="button"
              className={`answer-choice ${state ? `answer-choice--${state}` : ''}`}
              disabled={checked}
              onClick={() => onPick(code)}
            >
              {/* The letter is part of the name: it is also the key that picks the option. */}
              <span className="answer-choice__letter">{optionLetter(i)}</span>
              <span className="answer-choice__text">
                {show === 'code' ? <span className="answer-choice__code">{code}</span> : null}
                {show === 'name' ? <CodeName code={code} /> : null}
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
