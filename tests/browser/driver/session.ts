import type { EngineName, EnginePage, KeyName, SavedDownload, Target, Viewport } from './driver';
import { AXE_SOURCE, FIND_ALL_SOURCE, type SentMatcher, type SentTarget } from './page-helpers';

/** How long a journey waits for an element to appear (a lazy screen on a loaded 2-core machine). */
const WAIT_MS = 15_000;

function sendMatcher(m: string | RegExp): SentMatcher {
  return typeof m === 'string' ? { exact: m } : { source: m.source, flags: m.flags };
}

function sendTarget(t: Target): SentTarget {
  const within = t.within ? { within: sendTarget(t.within) } : {};
  if ('css' in t) return { css: t.css, ...within };
  if ('text' in t) return { text: sendMatcher(t.text), ...within };
  return {
    role: t.role,
    ...(t.name === undefined ? {} : { name: sendMatcher(t.name) }),
    ...within,
  };
}

function describeTarget(t: Target): string {
  const own =
    'css' in t
      ? t.css
      : 'text' in t
        ? `text ${String(t.text)}`
        : `${t.role} ${String(t.name ?? '')}`;
  return t.within ? `${own} in ${describeTarget(t.within)}` : own;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A page in one engine, with the behaviour every journey shares built on the engine's primitives. */
export class Session {
  constructor(
    readonly engine: EngineName,
    private readonly page: EnginePage,
  ) {}

  errors(): Promise<string[]> {
    return this.page.errors();
  }

  /** True where the engine can cut the page off the network (else a journey stops its server). */
  get canGoOffline(): boolean {
    return this.page.setOffline !== undefined;
  }

  goto(url: string) {
    return this.page.goto(url);
  }
  reload() {
    return this.page.reload();
  }
  url() {
    return this.page.url();
  }
  press(key: KeyName | string) {
    return this.page.press(key);
  }
  type(text: string) {
    return this.page.type(text);
  }
  compose(text: string) {
    return this.page.compose(text);
  }
  screenshot(path: string) {
    return this.page.screenshot(path);
  }
  setViewport(size: Viewport) {
    return this.page.setViewport(size);
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn, arg);
  }
  private closed = false;
  /** Ends the session (again: nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.page.close();
  }

  async setOffline(offline: boolean): Promise<void> {
    if (!this.page.setOffline) throw new Error(`${this.engine} cannot go offline by itself`);
    await this.page.setOffline(offline);
  }

  /** Loads axe-core and the finder into the current document once. */
  async ensureHelpers(): Promise<void> {
    const loaded = await this.page.evaluate(
      () => typeof (window as { __findAll?: unknown }).__findAll === 'function',
      null,
    );
    if (loaded) return;
    await this.page.runScript(AXE_SOURCE);
    await this.page.runScript(FIND_ALL_SOURCE);
  }

  /** How many elements match the target right now. */
  async count(target: Target): Promise<number> {
    await this.ensureHelpers();
    return this.page.evaluate(
      (q) => (window as unknown as { __findAll(q: unknown): Element[] }).__findAll(q).length,
      sendTarget(target),
    );
  }

  /** The text of the first element matching a CSS selector (null when there is none). */
  text(selector: string): Promise<string | null> {
    return this.page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
  }

  /** An attribute of the first element matching a CSS selector. */
  attribute(selector: string, name: string): Promise<string | null> {
    return this.page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [
      selector,
      name,
    ] as const);
  }

  /** Waits until the target is there and returns the engine's handle to it. */
  async waitFor(target: Target, timeoutMs = WAIT_MS): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.ensureHelpers();
        const handle = await this.page.element(
          (q) =>
            (window as unknown as { __findAll(q: unknown): Element[] }).__findAll(q)[0] ?? null,
          sendTarget(target),
        );
        if (handle) return handle;
      } catch (error) {
        // A navigation replaced the document between two calls: look again in the new one.
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline)
        throw new Error(`${this.engine}: no ${describeTarget(target)} within ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  /** Waits until nothing matches the target. */
  async waitForGone(target: Target, timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.count(target)) > 0) {
      if (Date.now() > deadline)
        throw new Error(
          `${this.engine}: ${describeTarget(target)} still there after ${timeoutMs} ms`,
        );
      await sleep(100);
    }
  }

  /** Clicks the target with the pointer once it is there (again if a re-render replaced it). */
  async click(target: Target): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const handle = await this.waitFor(target);
      try {
        await this.page.click(handle);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** Clicks a field and types into it, replacing what it held. */
  async fill(target: Target, text: string): Promise<void> {
    await this.click(target);
    await this.page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
    }, null);
    if (text === '') await this.page.press('Backspace');
    else await this.page.type(text);
  }

  /**
   * Chooses an option of a <select> by value, as Playwright's selectOption does: sets it and sends
   * the input and change events (a native select's popup is the platform's, not the page's).
   */
  async selectOption(target: Target, value: string): Promise<void> {
    await this.waitFor(target);
    const ok = await this.page.evaluate(
      ({ q, v }) => {
        const el = (window as unknown as { __findAll(q: unknown): Element[] }).__findAll(q)[0];
        if (!(el instanceof HTMLSelectElement)) return false;
        el.focus();
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return el.value === v;
      },
      { q: sendTarget(target), v: value },
    );
    if (!ok) throw new Error(`${this.engine}: ${describeTarget(target)} has no option ${value}`);
  }

  /** Chooses a file in the file input matching the target. */
  async setInputFile(target: Target, path: string): Promise<void> {
    await this.page.setInputFile(await this.waitFor(target), path);
  }

  /** Clicks the target and returns the file the browser downloaded. */
  download(target: Target): Promise<SavedDownload> {
    return this.page.download(() => this.click(target));
  }
}
