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
      expect(shape(prerendered)).toEqual(shape(app.container));
      app.unmount();
    },
  );
});
