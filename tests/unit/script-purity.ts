import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Every string leaf of a JSON value, with its path. */
export function stringLeaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Characters that OpenCC converts although they are the everyday form in that script: 台 is how
 * Taiwan writes 臺 in 台灣 and 平台.
 */
const ACCEPTED: Record<'zh-Hans' | 'zh-Hant', ReadonlySet<string>> = {
  'zh-Hans': new Set(),
  'zh-Hant': new Set(['台']),
};

/**
 * Characters of `text` that belong to the other script: for zh-Hant, characters OpenCC converts to
 * Traditional (Simplified-only); for zh-Hans, characters it converts to Simplified. A character counts
 * only when OpenCC converts it both alone and in its context: the context clears characters that are
 * right in their phrase (么 in 什么, although 么 alone becomes 幺), and the character alone clears
 * phrases OpenCC cuts wrongly (说明了 is not 明瞭).
 */
export function foreignScriptChars(text: string, script: 'zh-Hans' | 'zh-Hant'): string[] {
  const convert = script === 'zh-Hant' ? toTraditional : toSimplified;
  const chars = [...text];
  const converted = [...convert(text)];
  const changed = chars.filter(
    (c, i) => convert(c) !== c && (converted.length !== chars.length || converted[i] !== c),
  );
  return [...new Set(changed.filter((c) => !ACCEPTED[script].has(c)))];
}

/** "path: chars" lines for every leaf of `json` holding a character of the wrong script. */
export function scriptViolations(json: unknown, script: 'zh-Hans' | 'zh-Hant'): string[] {
  return stringLeaves(json).flatMap(([path, text]) => {
    const bad = foreignScriptChars(text, script);
    return bad.length > 0 ? [`${path}: ${bad.join(' ')}`] : [];
  });
}
