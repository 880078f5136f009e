import { vi } from 'vitest';

/** A `beforeinstallprompt` event as Chromium fires it, with the user's answer chosen by the test. */
export function installOffer(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  return Object.assign(event, {
    prompt: vi.fn(async () => {}),
    userChoice: Promise.resolve({ outcome }),
  });
}
