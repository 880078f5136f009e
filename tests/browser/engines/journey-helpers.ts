import { expect } from 'vitest';
import { PROGRESS_STORAGE_KEY } from '../../../src/state/progress-persistence';
import type { Session } from '../driver/session';

// What the journeys share, engine-agnostic: everything goes through the Session.

/** WCAG 2.1 A and AA, as in the Chromium-only checks. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's violations on the page (or inside `include`), one readable line each. */
export async function axeViolations(
  s: Session,
  where: string,
  include?: string,
): Promise<string[]> {
  await s.ensureHelpers();
  const lines = await s.evaluate(
    async ({ tags, selector }) => {
      type Result = {
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: string[]; failureSummary?: string }[];
        }[];
      };
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } })
        .axe;
      const context = selector ? { include: [selector] } : document;
      const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'n/a'}) ${v.help}: ${v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
            .join(' | ')}`,
      );
    },
    { tags: AXE_TAGS, selector: include ?? null },
  );
  return lines.map((line) => `${s.engine} ${where}: ${line}`);
}

/** Waits until the screen's heading is up, lazy chunks have loaded and the page has stopped loading. */
export async function settle(s: Session): Promise<void> {
  await s.waitFor({ css: 'main h1' });
  await s.waitForGone({ css: '.screen-loading' });
  let last = -1;
  for (let quiet = 0; quiet < 3;) {
    const loaded = await s.evaluate(() => performance.getEntriesByType('resource').length, null);
    quiet = loaded === last ? quiet + 1 : 0;
    last = loaded;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The main heading's text. */
export function heading(s: Session): Promise<string | null> {
  return s.text('main h1');
}

/** Waits until a service worker is active and controls the page (it claims clients on first install). */
export async function serviceWorkerReady(s: Session, timeoutMs = 30_000): Promise<void> {
  const ready = await s.evaluate(async (ms) => {
    const controlled = (async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return true;
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      return true;
    })();
    const late = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
    return Promise.race([controlled, late]);
  }, timeoutMs);
  if (!ready)
    throw new Error(`${s.engine}: no service worker controlled the page in ${timeoutMs} ms`);
}

/** How many cards the saved progress (localStorage) holds: what survives a reload. */
export function savedCardCount(s: Session): Promise<number> {
  return s.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (!raw) return 0;
    return Object.keys((JSON.parse(raw) as { cards?: object }).cards ?? {}).length;
  }, PROGRESS_STORAGE_KEY);
}

/** How many answers the saved review log holds (five numbers an entry). */
export function savedAnswerCount(s: Session): Promise<number> {
  return s.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (!raw) return 0;
    return ((JSON.parse(raw) as { log?: { entries?: unknown[] } }).log?.entries?.length ?? 0) / 5;
  }, PROGRESS_STORAGE_KEY);
}

/** Puts saved progress into this origin's storage (the page reloads to read it). */
export async function saveProgress(s: Session, text: string): Promise<void> {
  await s.evaluate(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_STORAGE_KEY,
    text,
  ] as const);
  await s.reload();
}

const GRADES = { role: 'group', name: 'How well did you remember?' } as const;

/**
 * Answers `count` cards of a running study session, grading each Good: by keyboard (Space or a
 * letter, then 3), by pointer (the buttons), or alternating, whatever kind each card is.
 */
export async function answerCards(
  s: Session,
  count: number,
  how: 'keyboard' | 'pointer' | 'alternate',
): Promise<void> {
  const reveal = { role: 'button', name: 'Show answer' } as const;
  const choice = { css: '.answer-choices button' } as const;
  const typed = { css: '.card form input' } as const;
  // The session's progress bar counts cards done for the day, not answers: the saved log does.
  const before = await savedAnswerCount(s);
  for (let i = 0; i < count; i++) {
    const byKeyboard = how === 'keyboard' || (how === 'alternate' && i % 2 === 1);
    await expect
      .poll(async () => (await s.count(reveal)) + (await s.count(choice)) + (await s.count(typed)))
      .toBeGreaterThan(0);
    if (await s.count(reveal)) {
      if (byKeyboard) await s.press('Space');
      else await s.click(reveal);
    } else if (await s.count(choice)) {
      if (byKeyboard) await s.press('b');
      else await s.click(choice);
    } else {
      await s.fill(typed, '200');
      await s.press('Enter');
    }
    await s.waitFor(GRADES);
    if (byKeyboard) await s.press('3');
    else await s.click({ role: 'button', name: /^Good/, within: GRADES });
    await expect.poll(() => savedAnswerCount(s)).toBe(before + i + 1);
  }
}
