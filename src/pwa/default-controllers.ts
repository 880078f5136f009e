import { registerSW } from 'virtual:pwa-register';
import { deferRegister } from './deferred-register';
import { takeEarlyInstallOffer } from './early-install-offer';
import { createInstallController, type InstallController } from './install-controller';
import { createSwController, type SwController } from './sw-controller';

// One of each per page: registering twice would create two Workbox clients of one worker.
let sw: SwController | undefined;

/** The page's service worker controller, created on first use; it registers once the page has loaded and is idle. */
export function defaultSwController(): SwController {
  sw ??= createSwController({ register: deferRegister(registerSW) });
  return sw;
}

/** The page's install offer, with the one kept before this chunk loaded (see src/main.tsx). */
export const defaultInstallController: InstallController = createInstallController(
  window,
  takeEarlyInstallOffer(),
);
