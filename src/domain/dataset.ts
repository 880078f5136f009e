import codesJson from '../../data/codes.json';
import type { CodeFacts } from './dataset-schema';
import type { ClassDigit } from './code-classes';

/**
 * A code's facts as the app loads them: without the example response, which the build serves on its own
 * (src/state/build/code-example-chunk.ts) because only the back of a card shows it.
 */
export type LoadedCodeFacts = Omit<CodeFacts, 'example'>;

/** Every status code's language-neutral facts, in code order (validated at build time and in tests). */
export const CODES: readonly LoadedCodeFacts[] = [
  ...(codesJson as unknown as LoadedCodeFacts[]),
].sort((a, b) => a.code - b.code);

const byCode = new Map(CODES.map((c) => [c.code, c]));

/** The facts for one code, or undefined when the dataset does not hold it. */
export function findCode(
  code: number,
  codes: readonly LoadedCodeFacts[] = CODES,
): LoadedCodeFacts | undefined {
  return codes === CODES ? byCode.get(code) : codes.find((c) => c.code === code);
}

/** The class digit of a status code (404 → 4). */
export function classOf(code: number): ClassDigit {
  return Math.floor(code / 100) as ClassDigit;
}

/** True for codes that are not in the IANA registry. */
export function isUnofficial(facts: CodeFacts): boolean {
  return facts.status === 'unofficial';
}

/** The RFC Editor address of a spec reference, pointing at the section. */
export function specUrl(ref: { rfc: number; section: string }): string {
  return `https://www.rfc-editor.org/rfc/rfc${ref.rfc}#section-${ref.section}`;
}

/** The IETF Datatracker address of an Internet-Draft, by its name. */
export function draftUrl(draft: string): string {
  return `https://datatracker.ietf.org/doc/${draft}/`;
}
