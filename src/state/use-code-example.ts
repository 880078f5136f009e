import { useEffect, useState } from 'react';

let examples: Promise<Readonly<Record<string, string>>> | undefined;

/** Loads every example response once (its own chunk); a failed download is retried on the next call. */
export function loadCodeExamples(): Promise<Readonly<Record<string, string>>> {
  examples ??= import('virtual:code-examples').then(
    (m) => m.default,
    (error: unknown) => {
      examples = undefined;
      throw error;
    },
  );
  return examples;
}

/**
 * The example response of a code; undefined while the examples load, when the download failed, or for
 * a code without an example. The examples load on the first call, not with the app.
 */
export function useCodeExample(code: number): string | undefined {
  const [loaded, setLoaded] = useState<Readonly<Record<string, string>>>();
  useEffect(() => {
    let live = true;
    loadCodeExamples().then(
      (all) => live && setLoaded(all),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded?.[String(code)];
}
