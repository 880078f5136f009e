import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Engine, SessionOptions } from '../driver/driver';
import type { Session } from '../driver/session';
import { startPreview, type PreviewServer } from '../preview-server';
import { freePort } from '../pwa-server';
import {
  answerCards,
  axeViolations,
  heading,
  savedCardCount,
  serviceWorkerReady,
} from './journey-helpers';
import { nextBuild } from './next-build';

// The installed app's journeys: each serves the build on its own port, so that it can stop the server
// (the offline switch of engines whose driver has none) or swap in the next build.

/** Opens Study and answers `count` cards by pointer. */
async function studySome(s: Session, base: string, count: number): Promise<void> {
  await s.goto(`${base}study`);
  await s.click({ role: 'button', name: /^Start studying/ });
  await answerCards(s, count, 'pointer');
}

export function describePwaJourneys(
  engine: () => Engine,
  open: (options?: SessionOptions) => Promise<Session>,
): void {
  describe('installed app', () => {
    let server: PreviewServer | undefined;
    afterEach(async () => {
      await server?.stop();
      server = undefined;
    });

    it('once the service worker is ready, reloads, studies and opens a deep link offline', async () => {
      const port = await freePort();
      server = await startPreview('dist', port);
      const base = `${server.origin}/`;
      const s = await open();
      await s.goto(base);
      await serviceWorkerReady(s);
      // Where the driver can cut the network, the app must also say it is offline.
      if (s.canGoOffline) await s.setOffline(true);
      else await server.stop();

      await s.reload();
      await expect.poll(() => heading(s)).toBe('Study');
      if (s.canGoOffline) await s.waitFor({ text: /^Offline:/ });
      await studySome(s, base, 2);
      await s.goto(`${base}browse/404`);
      await expect.poll(() => heading(s)).toBe('Status code 404');
      await s.waitFor({ role: 'heading', name: /404 Not Found/ });

      if (s.canGoOffline) await s.setOffline(false);
      else server = await startPreview('dist', port);
      await s.reload();
      await expect.poll(() => heading(s)).toBe('Status code 404');
      expect(await savedCardCount(s)).toBe(2);
      expect(await s.errors()).toEqual([]);
    });

    it('an open tab offers the new build; accepting reloads into it with progress intact', async () => {
      const port = await freePort();
      server = await startPreview('dist', port);
      const base = `${server.origin}/`;
      const s = await open();
      // A phone: the banner must fit (WebKitGTK's window stops at its header bar's width).
      await s.setViewport({ width: 360, height: 740 });
      await s.goto(base);
      await serviceWorkerReady(s);
      const versionA = await s.attribute('html', 'data-app-version');
      await studySome(s, base, 1);

      const buildB = await nextBuild(inject('buildB'));
      await server.stop();
      server = await startPreview(buildB, port);
      // Returning to the tab is one of the moments the app asks for a new version.
      await s.evaluate(() => document.dispatchEvent(new Event('visibilitychange')), null);
      const reload = { role: 'button', name: 'Reload to update' } as const;
      await s.waitFor(reload, 30_000);
      expect(await s.attribute('html', 'data-app-version')).toBe(versionA);
      const [scrollWidth, innerWidth] = await s.evaluate(
        () => [document.documentElement.scrollWidth, window.innerWidth],
        null,
      );
      expect(innerWidth).toBe(Math.max(360, engine().limits.viewportMinWidth ?? 0));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth ?? 0);
      const found = await axeViolations(s, 'update banner', '.pwa-status');

      await s.click(reload);
      await expect
        .poll(() => s.attribute('html', 'data-app-version'), { timeout: 30_000 })
        .toBe(inject('buildBVersion'));
      await expect.poll(() => heading(s)).toBe('Study');
      expect(await s.count(reload)).toBe(0);
      expect(await savedCardCount(s)).toBe(1);
      expect(found).toEqual([]);
      expect(await s.errors()).toEqual([]);
    });
  });
}
