import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSwController,
  RELOAD_FALLBACK_MS,
  UPDATE_CHECK_INTERVAL_MS,
  type SwController,
} from './sw-controller';
import { fakeRegister } from './testing/fake-register';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('service worker controller', () => {
  let controller: SwController | undefined;
  afterEach(() => {
    controller?.dispose();
    vi.useRealTimers();
  });

  function setup() {
    const fake = fakeRegister();
    const reload = vi.fn();
    controller = createSwController({ register: fake.register, reload });
    return { fake, reload, sw: controller };
  }

  it('registers once and reports a waiting version and offline readiness', () => {
    const { fake, sw } = setup();
    expect(sw.getState()).toMatchObject({ needRefresh: false, offlineReady: false });
    const seen = vi.fn();
    sw.subscribe(seen);
    fake.options.onOfflineReady?.();
    fake.options.onNeedRefresh?.();
    expect(sw.getState()).toMatchObject({ needRefresh: true, offlineReady: true });
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('accepting saves state first, then activates the waiting worker', async () => {
    const { fake, sw } = setup();
    const order: string[] = [];
    sw.setBeforeReload(async () => {
      await Promise.resolve();
      order.push('saved');
    });
    fake.updateSW.mockImplementation(async () => void order.push('activated'));
    fake.options.onNeedRefresh?.();
    await sw.applyUpdate();
    expect(order).toEqual(['saved', 'activated']);
    expect(sw.getState().updating).toBe(true);
  });

  it('does not activate or reload when saving fails, and says so', async () => {
    const { fake, reload, sw } = setup();
    sw.setBeforeReload(() => {
      throw new Error('quota exceeded');
    });
    fake.options.onNeedRefresh?.();
    await sw.applyUpdate();
    expect(fake.updateSW).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    expect(sw.getState()).toMatchObject({ needRefresh: true, updating: false, saveFailed: true });
  });

  it('when the new version takes control (this tab or another), saves and then reloads', async () => {
    const { fake, reload, sw } = setup();
    const save = vi.fn();
    sw.setBeforeReload(save);
    fake.options.onNeedReload?.();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.invocationCallOrder[0]).toBeLessThan(reload.mock.invocationCallOrder[0]!);
  });

  it('reloads anyway if the new worker never takes control', async () => {
    vi.useFakeTimers();
    const { reload, sw } = setup();
    await sw.applyUpdate();
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RELOAD_FALLBACK_MS);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('"Later" hides the banner', () => {
    const { fake, sw } = setup();
    fake.options.onNeedRefresh?.();
    sw.dismiss();
    expect(sw.getState().needRefresh).toBe(false);
  });

  it('checks for a new version every hour once registered', async () => {
    vi.useFakeTimers();
    setOnline(true);
    const { fake } = setup();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(fake.registration.update).not.toHaveBeenCalled();
    fake.registered();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(fake.registration.update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.registration.update).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(fake.registration.update).toHaveBeenCalledTimes(2);
  });

  it('checks when the user returns to the tab and when the network comes back', () => {
    setOnline(true);
    const { fake } = setup();
    fake.registered();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fake.registration.update).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('online'));
    // The first check is still running: no second request at the same time.
    expect(fake.registration.update).toHaveBeenCalledOnce();
  });

  it('does not check while offline, nor while a new worker is already installing', async () => {
    const { fake, sw } = setup();
    fake.registered();
    setOnline(false);
    await sw.checkForUpdate();
    expect(fake.registration.update).not.toHaveBeenCalled();
    setOnline(true);
    fake.registration.installing = {} as ServiceWorker;
    await sw.checkForUpdate();
    expect(fake.registration.update).not.toHaveBeenCalled();
  });

  it('a failed check (server unreachable) is not an error and the next one runs', async () => {
    setOnline(true);
    const { fake, sw } = setup();
    fake.registered();
    fake.registration.update.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(sw.checkForUpdate()).resolves.toBeUndefined();
    await sw.checkForUpdate();
    expect(fake.registration.update).toHaveBeenCalledTimes(2);
  });

  it('stops listening when disposed', () => {
    vi.useFakeTimers();
    setOnline(true);
    const { fake, sw } = setup();
    fake.registered();
    sw.dispose();
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS * 2);
    expect(fake.registration.update).not.toHaveBeenCalled();
  });
});
