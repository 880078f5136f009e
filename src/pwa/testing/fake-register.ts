import { vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { RegisterSW } from '../sw-controller';

/** A stand-in for vite-plugin-pwa's registerSW: tests fire its callbacks as the worker would. */
export function fakeRegister() {
  const calls: RegisterSWOptions[] = [];
  const updateSW = vi.fn(async (_reload?: boolean) => {});
  const register: RegisterSW = (options) => {
    calls.push(options);
    return updateSW;
  };
  const registration = {
    installing: null as ServiceWorker | null,
    update: vi.fn(async () => {}),
  };
  return {
    register,
    updateSW,
    registration,
    /** The options the controller registered with (throws when it never registered). */
    get options(): RegisterSWOptions {
      const options = calls.at(-1);
      if (!options) throw new Error('registerSW was not called');
      return options;
    },
    /** The worker got registered (what the real registerSW reports once the browser accepted it). */
    registered() {
      this.options.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration);
    },
  };
}
