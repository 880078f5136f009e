export const SCREENS = ['study', 'quiz', 'browse', 'stats', 'settings'] as const;
export type ScreenName = (typeof SCREENS)[number];

export type Route =
  { screen: ScreenName } | { screen: 'code'; code: number } | { screen: 'not-found' };

/** Parses an app-relative path into a route; "/" opens Study. */
export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { screen: 'study' };
  const [first, second, ...rest] = parts;
  if (first === 'browse' && second && /^\d{3}$/.test(second) && rest.length === 0)
    return { screen: 'code', code: Number(second) };
  if (second === undefined && (SCREENS as readonly string[]).includes(first ?? ''))
    return { screen: first as ScreenName };
  return { screen: 'not-found' };
}
