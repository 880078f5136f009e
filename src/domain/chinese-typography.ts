// Han ideographs (CJK Unified Ideographs and Extension A) and the full-width punctuation around them.
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

interface TypographyRule {
  pattern: RegExp;
  message: string;
}

const RULES: readonly TypographyRule[] = [
  {
    pattern: /\s[，。；：！？、）」』》]|[，。；：！？、（「『《]\s/g,
    message: 'a space beside full-width punctuation',
  },
  {
    pattern: new RegExp(`[${HAN}][,;:!?]|[,;:!?][${HAN}]`, 'g'),
    message: 'half-width punctuation beside Chinese (write ，；：！？)',
  },
  {
    pattern: new RegExp(`\\([^()]*[${HAN}][^()]*\\)`, 'g'),
    message: 'half-width parentheses around Chinese (write （…）)',
  },
  {
    pattern: /（[\x20-\x7e]*）/g,
    message: 'full-width parentheses around ASCII-only content (write (…))',
  },
  {
    pattern: new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9][${HAN}]`, 'g'),
    message: 'no space between Chinese and Latin letters or digits',
  },
  {
    pattern: new RegExp(`[${HAN}]\\(|\\)[${HAN}]`, 'g'),
    message: 'no space between Chinese and a half-width parenthesis',
  },
  {
    pattern: new RegExp(`[${HAN}] +[${HAN}]`, 'g'),
    message: 'a space between two Chinese characters',
  },
];

/** One break of the Chinese formatting rules: the rule and the text around it. */
export interface TypographySlip {
  message: string;
  excerpt: string;
}

/**
 * Where a Chinese text breaks the glossary's formatting rules: full-width punctuation with no space
 * beside it, full-width parentheses around Chinese and half-width ones around ASCII-only content, and
 * one half-width space between Chinese and Latin letters or digits ("返回 404 状态码").
 */
export function typographySlips(text: string): TypographySlip[] {
  const slips: TypographySlip[] = [];
  for (const { pattern, message } of RULES)
    for (const match of text.matchAll(pattern)) {
      const from = Math.max(0, match.index - 8);
      slips.push({ message, excerpt: text.slice(from, match.index + match[0].length + 8) });
    }
  return slips;
}
