import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Finding elements by ARIA role and accessible name the same way in every engine: axe-core (already
// the accessibility checker) computes roles and names per the ARIA and accname specs inside the page,
// so no engine's own accessibility API is needed.

const require = createRequire(import.meta.url);

/** axe-core's browser bundle, injected into pages for role lookup and the accessibility checks. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A text or pattern as it crosses into the page. */
export type SentMatcher = { exact: string } | { source: string; flags: string };

/** A Target as it crosses into the page (RegExps do not survive serialisation). */
export type SentTarget =
  | { role: string; name?: SentMatcher; within?: SentTarget }
  | { text: SentMatcher; within?: SentTarget }
  | { css: string; within?: SentTarget };

/**
 * Every element matching `q`, in document order: visible to assistive technology and rendered, with
 * the role and accessible name asked for, or (for text) the innermost element whose text matches.
 * Runs in the page after axe-core; self-contained because it is sent as source.
 */
function findAllInPage(q: SentTarget): Element[] {
  type Axe = {
    setup(node: Node): unknown;
    teardown(): void;
    commons: {
      aria: { getRole(el: Element): string | null };
      text: { accessibleText(el: Element): string };
      dom: { isVisibleToScreenReaders(el: Element): boolean };
    };
  };
  const axe = (window as unknown as { axe: Axe }).axe;
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (value: string, m: SentMatcher) =>
    'exact' in m
      ? normalise(value) === normalise(m.exact)
      : new RegExp(m.source, m.flags).test(value);
  const rendered = (el: Element) => el.getClientRects().length > 0;
  const search = (target: SentTarget, roots: Element[]): Element[] => {
    const scope = target.within ? search(target.within, roots).slice(0, 1) : roots;
    if ('css' in target)
      return scope.flatMap((root) => [...root.querySelectorAll(target.css)]).filter(rendered);
    const candidates = scope.flatMap((root) => [...root.querySelectorAll('*')]);
    if ('text' in target)
      return candidates.filter(
        (el) =>
          rendered(el) &&
          matches(el.textContent ?? '', target.text) &&
          ![...el.children].some((child) => matches(child.textContent ?? '', target.text)),
      );
    return candidates.filter(
      (el) =>
        axe.commons.aria.getRole(el) === target.role &&
        axe.commons.dom.isVisibleToScreenReaders(el) &&
        rendered(el) &&
        (target.name === undefined || matches(axe.commons.text.accessibleText(el), target.name)),
    );
  };
  axe.setup(document.documentElement);
  try {
    return search(q, [document.documentElement]);
  } finally {
    axe.teardown();
  }
}

/** The script that makes `window.__findAll` available in a page (after axe-core). */
export const FIND_ALL_SOURCE = `window.__findAll = ${findAllInPage.toString()};`;
