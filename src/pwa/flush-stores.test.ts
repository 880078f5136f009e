import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../state/app-env';
import { PROGRESS_STORAGE_KEY } from '../state/progress-store';
import { createAppStores } from '../state/stores';
import { flushStores, UnsavedProgressError } from './flush-stores';
import { fillableStorage } from '../../tests/fillable-storage';

describe('flushStores', () => {
  it('resolves when every store has written its state', async () => {
    const stores = createAppStores({ storage: createMemoryStorage(), now: () => 1_000 });
    stores.prefs.getState().setTheme('dark');
    stores.progress.getState().answer('404:recall', 3, 2_000);
    await expect(flushStores(stores)).resolves.toBeUndefined();
    expect(stores.env.storage.getItem('hst-prefs')).toContain('dark');
    expect(stores.env.storage.getItem(PROGRESS_STORAGE_KEY)).toContain('404:recall');
  });

  it('refuses while the latest answers exist only in memory (storage full)', async () => {
    const { storage, state } = fillableStorage();
    const stores = createAppStores({ storage, now: () => 1_000 });
    state.full = true;
    stores.progress.getState().answer('404:recall', 3, 2_000);
    expect(stores.progress.getState().saveProblem?.kind).toBe('quota');
    await expect(flushStores(stores)).rejects.toThrow();
    expect(storage.getItem(PROGRESS_STORAGE_KEY) ?? '').not.toContain('404:recall');
  });

  it('retries the failed save, and resolves once it went through', async () => {
    const { storage, state } = fillableStorage();
    const stores = createAppStores({ storage, now: () => 1_000 });
    state.full = true;
    stores.progress.getState().answer('404:recall', 3, 2_000);
    state.full = false;
    await expect(flushStores(stores)).resolves.toBeUndefined();
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toContain('404:recall');
    expect(stores.progress.getState().saveProblem).toBeNull();
  });

  it('names the unsaved progress when only its save keeps failing', async () => {
    const { storage, state } = fillableStorage();
    const stores = createAppStores({ storage, now: () => 1_000 });
    state.full = true;
    stores.progress.getState().answer('404:recall', 3, 2_000);
    state.full = false;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (k === PROGRESS_STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    await expect(flushStores(stores)).rejects.toBeInstanceOf(UnsavedProgressError);
  });
});
