import { createMemoryStorage } from '../src/state/app-env';

/** Memory storage that throws QuotaExceededError while `full` is set. */
export function fillableStorage() {
  const inner = createMemoryStorage();
  const state = { full: false };
  const storage: Storage = {
    get length() {
      return inner.length;
    },
    clear: () => inner.clear(),
    getItem: (k) => inner.getItem(k),
    key: (i) => inner.key(i),
    removeItem: (k) => inner.removeItem(k),
    setItem(k, v) {
      if (state.full) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(k, v);
    },
  };
  return { storage, state };
}

/** Storage that throws on every call, as a browser with site data blocked does. */
export function blockedStorage(): Storage {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    get length(): number {
      return refuse();
    },
    clear: refuse,
    getItem: refuse,
    key: refuse,
    removeItem: refuse,
    setItem: refuse,
  };
}
