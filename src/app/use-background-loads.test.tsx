import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { CodeText, LocaleTexts } from '../domain/dataset-schema';
import { createMemoryStorage } from '../state/app-env';
import type { LocaleLoader } from '../state/content-store';
import { createAppStores, StoresProvider } from '../state/stores';
import { useBackgroundLoads } from './use-background-loads';

const text: CodeText = { name: 'n', summary: 's', details: 'd', scenarios: ['x'], contrasts: {} };

function setup() {
  const asked: string[] = [];
  const loader: LocaleLoader = {
    async core(lang) {
      asked.push(`${lang}:core`);
      return { classes: {} as LocaleTexts['classes'], names: {}, origins: {} };
    },
    async aliases(lang) {
      asked.push(`${lang}:aliases`);
      return {};
    },
    async group(lang, group) {
      asked.push(`${lang}:${group}`);
      return { [String(100 + group)]: text };
    },
  };
  const stores = createAppStores({ storage: createMemoryStorage(), now: () => 0 }, loader);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <StoresProvider stores={stores}>{children}</StoresProvider>
  );
  renderHook(() => useBackgroundLoads('en'), { wrapper });
  return { stores, asked };
}

describe('background loading of the language', () => {
  it('loads nothing beyond the core while no code text is shown', async () => {
    const { stores, asked } = setup();
    await stores.content.getState().loadCore('en');
    await new Promise((r) => setTimeout(r, 120));
    expect(asked).toEqual(['en:core']);
  });

  it('loads the rest of the language once a code text has been shown', async () => {
    const { stores, asked } = setup();
    await stores.content.getState().loadCode('en', 100);
    await waitFor(() => expect(stores.content.getState().texts.en).toBeDefined());
    expect(asked.filter((a) => a !== 'en:core').length).toBeGreaterThan(1);
  });
});
