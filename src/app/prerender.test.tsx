import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render';
import { LANGUAGES } from '../domain/language';
import { prerenderFirstVisit } from './prerender';

/** Tags, classes and roles in document order: what layout and assistive technology see. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map(
    (e) =>
      `${e.tagName}.${e.className}${e.getAttribute('role') ? `[${e.getAttribute('role')}]` : ''}`,
  );
}

describe('prerendered first screen', () => {
  it.each(LANGUAGES)(
    'is what the app first shows a new visitor in %s, so that taking over changes nothing',
    async (language) => {
      const html = await prerenderFirstVisit(language, '/');
      const prerendered = document.createElement('div');
      prerendered.innerHTML = html;
      const app = await renderApp({ language });
      expect(prerendered.querySelector('h1')?.textContent).toBe(
        app.container.querySelector('h1')?.textContent,
      );
      expect(prerendered.textContent).toBe(app.container.textContent);
      // The installed-app layer (src/app/lazy-pwa.tsx) is not prerendered: it arrives after the
      // takeover, in containers that are empty on a first visit.
      const taken = app.container.cloneNode(true) as Element;
      for (const e of taken.querySelectorAll('.pwa-header-items, .pwa-status')) {
        expect(e.textContent).toBe('');
        e.remove();
      }
      expect(prerendered.querySelector('.pwa-header-items, .pwa-status, template')).toBeNull();
      expect(shape(prerendered)).toEqual(shape(taken));
      app.unmount();
    },
  );
});
