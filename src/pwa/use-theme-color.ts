import { useEffect } from 'react';
import type { Theme } from '../state/prefs-store';
import { THEME_COLORS } from './theme-colors';

/**
 * Keeps the browser's title bar (theme-color metas of index.html, one per colour scheme) in step
 * with a theme the user forced in the app; "system" restores each meta's own scheme colour.
 */
export function useThemeColor(theme: Theme): void {
  useEffect(() => {
    const metas = document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]');
    metas.forEach((meta) => {
      const scheme = (meta.getAttribute('media') ?? '').includes('dark') ? 'dark' : 'light';
      meta.content = THEME_COLORS[theme === 'system' ? scheme : theme];
    });
  }, [theme]);
}
