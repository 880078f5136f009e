import { describe, expect, it, vi } from 'vitest';
import { afterLoadWhenIdle, deferRegister } from './deferred-register';
import { fakeRegister } from './testing/fake-register';

/** A window stand-in whose load event and idle callbacks the test fires. */
function fakeWindow(readyState: DocumentReadyState, withIdle = true) {
  const loadListeners: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') loadListeners.push(listener);
    },
    requestIdleCallback: withIdle
      ? (cb: () => void, options?: { timeout?: number }) => {
          expect(options?.timeout).toBeGreaterThan(0);
          idle.push(cb);
          return idle.length;
        }
      : undefined,
    setTimeout: (cb: () => void) => {
      idle.push(cb);
      return idle.length;
    },
  };
  return {
    win: win as unknown as Window,
    load: () => loadListeners.splice(0).forEach((l) => l()),
    runIdle: () => idle.splice(0).forEach((cb) => cb()),
  };
}

describe('afterLoadWhenIdle', () => {
  it('waits for the load event, then for idle time', () => {
    const { win, load, runIdle } = fakeWindow('loading');
    const start = vi.fn();
    afterLoadWhenIdle(start, win);
    runIdle();
    expect(start).not.toHaveBeenCalled();
    load();
    expect(start).not.toHaveBeenCalled();
    runIdle();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('after the load, waits for idle time only; without requestIdleCallback, for a timeout', () => {
    for (const withIdle of [true, false]) {
      const { win, runIdle } = fakeWindow('complete', withIdle);
      const start = vi.fn();
      afterLoadWhenIdle(start, win);
      expect(start).not.toHaveBeenCalled();
      runIdle();
      expect(start).toHaveBeenCalledTimes(1);
    }
  });
});

describe('deferRegister', () => {
  it('registers only when the deferral fires, with the options given', () => {
    const fake = fakeRegister();
    let fire: () => void = () => undefined;
    const register = deferRegister(fake.register, (start) => (fire = start));
    const onNeedRefresh = vi.fn();
    register({ onNeedRefresh });
    expect(() => fake.options).toThrow('registerSW was not called');
    fire();
    expect(fake.options.onNeedRefresh).toBe(onNeedRefresh);
  });

  it('the updater does nothing before the registration and forwards to it after', async () => {
    const fake = fakeRegister();
    let fire: () => void = () => undefined;
    const update = deferRegister(fake.register, (start) => (fire = start))({});
    await update(true);
    expect(fake.updateSW).not.toHaveBeenCalled();
    fire();
    await update(true);
    expect(fake.updateSW).toHaveBeenCalledWith(true);
  });
});
