import type { Page } from 'playwright-core';

// The Study screen as a learner drives it (src/features/study): the overview's Start button, one card
// at a time (reveal, or pick an option), then the grade bar. Shared by the size-budget test and the
// bench, so both wait for the same "first card".
const START = '.study-start';
const PRERENDERED = '#root > [data-prerender]';
const CARD_PROMPT = 'section.card .card-prompt__question';
const REVEAL = 'section.card .card__reveal';
const CHOICES = 'section.card .answer-choices';
const GRADES = 'section.card .grade-bar';
const SUMMARY_BACK = '.study-summary button.primary';
const MORE_NEW = '.study-overview .empty-state button';

/** Waits until the first card of a session can be studied: Study's heading, Start pressed, the card's question up. */
export async function waitForFirstCard(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible', timeout });
  // index.html's prerendered screen (inert) shows before the app; Start works once the app replaced
  // it. Waiting for that, rather than retrying clicks on the inert copy, keeps the timing exact.
  await page.locator(PRERENDERED).first().waitFor({ state: 'detached', timeout });
  await page.locator(START).click({ timeout });
  await page.locator(CARD_PROMPT).waitFor({ state: 'visible', timeout });
}

/** Which Study state is on screen. */
async function studyState(page: Page): Promise<'card' | 'summary' | 'start' | 'more' | 'none'> {
  for (const [selector, state] of [
    [CARD_PROMPT, 'card'],
    [SUMMARY_BACK, 'summary'],
    [START, 'start'],
    [MORE_NEW, 'more'],
  ] as const)
    if (await page.locator(selector).isVisible()) return state;
  return 'none';
}

/**
 * Answers cards by keyboard as an Anki user would (Space reveals a recall card, 1 picks the first
 * option of the others, then 3 grades Good), starting sessions and asking for more new cards when a
 * session ends, until `enough(answered)` says so. Returns the number of answers given.
 */
export async function answerCards(
  page: Page,
  enough: (answered: number) => boolean | Promise<boolean>,
): Promise<number> {
  let answered = 0;
  let idle = 0;
  while (!(await enough(answered))) {
    const state = await studyState(page);
    if (state === 'card') {
      idle = 0;
      if (await page.locator(REVEAL).isVisible()) await page.keyboard.press('Space');
      else if (await page.locator(CHOICES).isVisible()) await page.keyboard.press('1');
      await page.locator(GRADES).waitFor({ state: 'visible' });
      await page.keyboard.press('3');
      await page.locator(GRADES).waitFor({ state: 'detached' });
      answered++;
    } else if (state === 'summary') await page.locator(SUMMARY_BACK).click();
    else if (state === 'start') await page.locator(START).click();
    else if (state === 'more') await page.locator(MORE_NEW).click();
    else {
      if (++idle > 100)
        throw new Error(`Study shows no card, Start or "more" after ${answered} answers`);
      await page.waitForTimeout(50);
    }
  }
  return answered;
}
