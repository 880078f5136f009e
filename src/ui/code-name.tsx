import { findCode } from '../domain/dataset';
import { useCodeNames, useLanguage } from '../state/use-texts';

/**
 * A code's name (nothing for a code the dataset does not hold) in the current language; in Chinese the English reason phrase follows in parentheses
 * (marked lang="en"), because that phrase is what developers meet in logs and specs.
 */
export function CodeName({ code, className }: { code: number; className?: string }) {
  const lang = useLanguage();
  // Names only (the language's small core), so that a lesson's related codes load no other texts.
  const phrase = findCode(code)?.phrase;
  const name = useCodeNames()?.[String(code)] ?? phrase;
  if (name === undefined) return null;
  return (
    <span className={className}>
      {name}
      {phrase && lang !== 'en' && name !== phrase ? (
        <>
          {' '}
          <span lang="en" className="code-name__phrase">
            ({phrase})
          </span>
        </>
      ) : null}
    </span>
  );
}
