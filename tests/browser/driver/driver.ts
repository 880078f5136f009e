// One small interface over the three engines the journeys run in (Chromium through playwright-core,
// Firefox ESR through puppeteer-core over WebDriver BiDi, WebKitGTK through WebKitWebDriver), so that a
// journey is written once. Each engine implements the primitives (EnginePage); session.ts builds the
// shared behaviour (finding by role or text, waiting, typing into a field) on top of them.

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The browser languages the journeys start in (each maps to one of the app's languages). */
export type BrowserLocale = 'en-US' | 'zh-CN' | 'zh-TW';

export interface Viewport {
  width: number;
  height: number;
}

export interface SessionOptions {
  /** The browser's own language (navigator.languages and Accept-Language); default en-US. */
  locale?: BrowserLocale;
  viewport?: Viewport;
}

/**
 * What to act on: an element by ARIA role and accessible name, the innermost element showing a text,
 * or (where neither names it) a CSS selector. Only elements that are rendered count.
 */
export type Target =
  | { role: string; name?: string | RegExp; within?: Target }
  | { text: string | RegExp; within?: Target }
  | { css: string; within?: Target };

/** A key: one character ('a', '3', '?', ' ') or one of these names. */
export type KeyName = 'Enter' | 'Escape' | 'Space' | 'Tab' | 'Backspace' | 'ArrowDown' | 'ArrowUp';

/** A file the app offered for download, as the browser saved it. */
export interface SavedDownload {
  name: string;
  text: string;
}

/** The primitives each engine provides for one page; handles are the engine's own element objects. */
export interface EnginePage<Handle = unknown> {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn(arg)` in the page (a self-contained function: it is sent as source) and returns its result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a whole script (e.g. a library's source) in the page. */
  runScript(source: string): Promise<void>;
  /** Like evaluate, but returns the element `fn` returns as a handle (null when it returns null). */
  element<A>(fn: (arg: A) => Element | null, arg: A): Promise<Handle | null>;
  /** Clicks the element's centre with the engine's pointer input (not a DOM click()). */
  click(handle: Handle): Promise<void>;
  /** Chooses a file in an <input type=file> as the user's file picker would. */
  setInputFile(handle: Handle, path: string): Promise<void>;
  /** Presses and releases one key with the engine's keyboard input. */
  press(key: KeyName | string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Runs `action` and returns the file the browser downloaded because of it. */
  download(action: () => Promise<void>): Promise<SavedDownload>;
  screenshot(path: string): Promise<void>;
  setViewport(size: Viewport): Promise<void>;
  /**
   * Cuts the page off the network (navigator.onLine false, requests fail), where the engine can;
   * absent where it cannot (WebKitGTK's WebDriver has no such command: stop the server instead).
   */
  setOffline?: (offline: boolean) => Promise<void>;
  /**
   * Types `text` through an input method into the focused field: a composition whose Enter confirms
   * the candidate, then commits. How each engine produces it is described at its implementation.
   */
  compose(text: string): Promise<void>;
  /**
   * Console errors and uncaught exceptions the page reported so far (WebKitGTK's WebDriver reports
   * none: there they are collected in the page from the end of each load on).
   */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** One launched browser; each session is a fresh profile (own storage, own service workers). */
export interface Engine {
  readonly name: EngineName;
  /** What this engine's driver cannot do here, for the journeys to say instead of silently skipping. */
  readonly limits: { viewportMinWidth?: number };
  open(options?: SessionOptions): Promise<EnginePage>;
  close(): Promise<void>;
}
