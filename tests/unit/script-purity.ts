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
 * Characters of `text` that belong to the other script: for zh-Hant, characters OpenCC would
 * convert to Traditional (Simplified-only); for zh-Hans, characters it would convert to Simplified.
 */
export function foreignScriptChars(text: string, script: 'zh-Hans' | 'zh-Hant'): string[] {
  const convert = script === 'zh-Hant' ? toTraditional : toSimplified;
  return [...new Set([...text].filter((c) => convert(c) !== c))];
}

/** "path: chars" lines for every leaf of `json` holding a character of the wrong script. */
export function scriptViolations(json: unknown, script: 'zh-Hans' | 'zh-Hant'): string[] {
  return stringLeaves(json).flatMap(([path, text]) => {
    const bad = foreignScriptChars(text, script);
    return bad.length > 0 ? [`${path}: ${bad.join(' ')}`] : [];
  });
}
