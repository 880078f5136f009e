import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepEarlyInstallOffer, takeEarlyInstallOffer } from './early-install-offer';
import { createInstallController, type InstallController } from './install-controller';
import { installOffer } from './testing/install-offer';

describe('install controller', () => {
  let controller: InstallController | undefined;
  afterEach(() => {
    controller?.dispose();
    vi.unstubAllGlobals();
  });

  it('keeps the browser offer for the Install button instead of the browser banner', () => {
    controller = createInstallController(window);
    expect(controller.getState()).toEqual({ canInstall: false, installed: false });
    const offer = installOffer();
    window.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    expect(controller.getState().canInstall).toBe(true);
  });

  it('keeps an offer that came before the installed-app layer had loaded', () => {
    const stop = keepEarlyInstallOffer(window);
    const offer = installOffer();
    window.dispatchEvent(offer); // the lazy layer, and this controller, are not there yet
    expect(offer.defaultPrevented).toBe(true); // no browser banner meanwhile
    controller = createInstallController(window, takeEarlyInstallOffer());
    expect(controller.getState().canInstall).toBe(true);
    expect(takeEarlyInstallOffer()).toBeUndefined(); // taken once
    stop();
  });

  it('shows the browser dialog once and reports the answer', async () => {
    controller = createInstallController(window);
    const offer = installOffer('dismissed');
    window.dispatchEvent(offer);
    await expect(controller.promptInstall()).resolves.toBe('dismissed');
    expect(offer.prompt).toHaveBeenCalledOnce();
    expect(controller.getState().canInstall).toBe(false);
    await expect(controller.promptInstall()).resolves.toBe('unavailable');
  });

  it('is installed after appinstalled, and a later offer does not bring the button back', () => {
    controller = createInstallController(window);
    window.dispatchEvent(installOffer());
    window.dispatchEvent(new Event('appinstalled'));
    expect(controller.getState()).toEqual({ canInstall: false, installed: true });
    window.dispatchEvent(installOffer());
    expect(controller.getState().canInstall).toBe(false);
  });

  it('knows it is installed when running standalone', () => {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: query === '(display-mode: standalone)',
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      })),
    );
    controller = createInstallController(window);
    window.dispatchEvent(installOffer());
    expect(controller.getState()).toEqual({ canInstall: false, installed: true });
  });
});
