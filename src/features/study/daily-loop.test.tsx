import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseCardId } from '../../domain/card-model';
import { ESSENTIAL_CODES } from '../../domain/introduction-order';
import { renderApp } from '../../../tests/render';
import navEn from '../../i18n/locales/en/shell.json';
import navHant from '../../i18n/locales/zh-Hant/shell.json';
import {
  codeOnCard,
  fill,
  live,
  optionButtons,
  renderStudy,
  startButton,
  startsWith,
  UI,
} from './study-test-helpers';

const NAV = { en: navEn.nav, 'zh-Hant': navHant.nav } as const;

describe('The daily loop on the Study screen', { timeout: 60_000 }, () => {
  for (const lang of ['en', 'zh-Hant'] as const) {
    const s = UI[lang];

    it(`${lang}: a 20-card day teaches essentials from four classes or more, never two cards of one code`, async () => {
      const { user, stores } = await renderStudy(lang, { limit: 20, classes: [1, 2, 3, 4, 5] });
      await user.click(startButton(lang));
      const shown: string[] = [];
      while (screen.queryByRole('progressbar', { name: s.progressLabel }) && shown.length < 60) {
        const reveal = screen.queryByRole('button', { name: s.showAnswer });
        if (reveal) await user.click(reveal);
        await user.keyboard('3');
        shown.push(stores.progress.getState().log.at(-1)?.cardId ?? '');
      }
      const firstAnswers = stores.progress
        .getState()
        .log.filter((e) => 'state' in e && e.state === 'new');
      const cards = firstAnswers.map((e) => e.cardId);
      expect(cards).toHaveLength(20);
      const codes = cards.map((id) => parseCardId(id)?.code ?? 0);
      expect(new Set(codes).size).toBe(20);
      expect(new Set(codes.map((c) => Math.floor(c / 100))).size).toBeGreaterThanOrEqual(4);
      expect(codes.filter((c) => ESSENTIAL_CODES.includes(c))).toHaveLength(20);
    });

    it(`${lang}: Esc asks before ending a session with cards left`, async () => {
      const { user } = await renderStudy(lang, { limit: 3, classes: [4] });
      await user.click(startButton(lang));
      await user.keyboard('{Escape}');
      const ask = await screen.findByRole('dialog', { name: s.confirmLeave.title });
      expect(within(ask).getByText(fill(s.confirmLeave.body_other, { count: 3 }))).toBeVisible();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: s.showAnswer })).toBeVisible();
      await user.click(screen.getByRole('button', { name: s.leave }));
      await user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: s.confirmLeave.end }),
      );
      expect(startButton(lang)).toBeVisible();
    });

    it(`${lang}: leaving for Browse mid-card and coming back loses nothing, and undo still works`, async () => {
      const { user, stores } = await renderStudy(lang, { limit: 3, classes: [4] });
      await user.click(startButton(lang));
      await user.keyboard(' 3');
      const second = codeOnCard(lang);
      await user.keyboard(' ');
      expect(screen.getByRole('group', { name: s.gradeLabel })).toBeVisible();
      await user.click(screen.getByRole('link', { name: NAV[lang].browse }));
      expect(
        await screen.findByRole('heading', { level: 1, name: NAV[lang].browse }),
      ).toBeVisible();
      await user.click(screen.getByRole('link', { name: NAV[lang].study }));
      // The same card, still revealed and waiting for its grade.
      expect(await screen.findByRole('group', { name: s.gradeLabel })).toBeVisible();
      expect(codeOnCard(lang)).toBe(second);
      expect(screen.getByRole('progressbar', { name: s.progressLabel })).toBeVisible();
      await user.keyboard('z');
      expect(stores.progress.getState().log).toHaveLength(0);
      expect(live()).toHaveTextContent(fill(s.undone, { code: 404 }));
      expect(screen.getByRole('button', { name: s.showAnswer })).toBeVisible();
    });

    it(`${lang}: after a wrong choice, "why not" the picked code comes right under the verdict`, async () => {
      const knownSince = [400, 401, 403, 404, 405, 409, 410, 412, 415, 422, 429];
      const { user } = await renderStudy(lang, { limit: 1, classes: [4], knownSince });
      await user.click(startButton(lang));
      const code = codeOnCard(lang);
      const wrong = optionButtons().find((b) => !b.textContent?.includes(String(code)));
      const picked = Number(wrong?.querySelector('.answer-choice__code')?.textContent);
      await user.click(wrong as HTMLElement);
      const whyNot = screen.getByRole('heading', {
        level: 3,
        name: startsWith(fill(s.card.whyNot, { code: picked })),
      });
      const verdict = screen.getByText(s.card.wrong).closest('.verdict');
      // Right after the verdict, before the lesson of the right code.
      expect(verdict?.nextElementSibling).toBe(whyNot.closest('section'));
      const lessonTitle = screen.getByRole('heading', { level: 3, name: startsWith(String(code)) });
      expect(
        whyNot.compareDocumentPosition(lessonTitle) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      expect(whyNot.closest('section')?.querySelector('p')?.textContent?.length).toBeGreaterThan(
        20,
      );
    });
  }

  it('en: with "accept the suggested grade" on, a right choice is graded Good at once', async () => {
    const knownSince = [500, 501, 502, 503, 504];
    const { user, stores } = await renderStudy('en', { limit: 2, classes: [5], knownSince });
    act(() => stores.progress.getState().updateSettings({ autoAcceptGrade: true }));
    await user.click(startButton('en'));
    const first = codeOnCard('en');
    const right = optionButtons().find((b) => b.textContent?.includes(String(first)));
    await user.click(right as HTMLElement);
    expect(stores.progress.getState().log.at(-1)).toMatchObject({ grade: 3 });
    await waitFor(() => expect(codeOnCard('en')).not.toBe(first));
    expect(live()).toHaveTextContent(/^Correct: \d{3}/);
  });
});

describe('Words on the Study screen', { timeout: 30_000 }, () => {
  it('says the last status message again in the new language when the language changes', async () => {
    const { user } = await renderStudy('en', { limit: 2, classes: [4] });
    await user.click(startButton('en'));
    await user.keyboard(' ');
    expect(live()).toHaveTextContent(UI.en.revealed);
    await user.selectOptions(screen.getByLabelText('Language'), 'zh-Hant');
    await waitFor(() => expect(live()).toHaveTextContent(UI['zh-Hant'].revealed));
  });

  it('asks a name two codes share with the former name beside it (306 and 418 are both "(Unused)")', async () => {
    const { user } = await renderApp({ language: 'en', path: '/study?code=306' });
    await user.keyboard(' 3'); // 306's recall card first, then its reverse card asks by name.
    expect(await screen.findByText('(Unused), formerly “Switch Proxy”')).toBeVisible();
  });
});

describe('The essentials and the lesson details', { timeout: 30_000 }, () => {
  it('zh-Hans: Stats shows how many essentials are ready; its link starts a session on the essentials', async () => {
    const { user, stores } = await renderApp({ language: 'zh-Hans', path: '/stats' });
    const meter = screen.getByRole('progressbar', { name: '已掌握的核心状态码' });
    expect(meter).toHaveAttribute('aria-valuenow', '0');
    expect(meter).toHaveAttribute('aria-valuemax', String(ESSENTIAL_CODES.length));
    await user.click(screen.getByRole('link', { name: '学习核心状态码' }));
    expect(await screen.findByRole('progressbar', { name: '本次学习进度' })).toBeVisible();
    // Every essential code is on today's list, whatever the daily limit.
    const { items } = stores.session.getState().queue();
    expect(new Set(items.map((i) => i.code))).toEqual(new Set(ESSENTIAL_CODES));
  });

  it('en: the choice to show or hide the details behind More is kept for the next cards', async () => {
    const { user, stores } = await renderStudy('en', { limit: 3, classes: [4] });
    await user.click(startButton('en'));
    await user.keyboard(' ');
    // jsdom's window is wide: the details start open.
    const more = screen.getByRole('button', { name: UI.en.lessonLess });
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(more);
    expect(screen.getByRole('button', { name: UI.en.lessonMore })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(stores.prefs.getState().lessonDetails).toBe('closed');
    await user.keyboard('3 ');
    expect(screen.getByRole('button', { name: UI.en.lessonMore })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
