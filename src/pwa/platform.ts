/** True when the app runs as an installed app (its own window), not in a browser tab. */
export function isStandalone(win: Window): boolean {
  const iosStandalone = (win.navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || win.matchMedia?.('(display-mode: standalone)').matches === true;
}

type NavigatorInfo = Pick<Navigator, 'userAgent' | 'maxTouchPoints'>;

/**
 * True in Safari on iPhone, iPod or iPad (iPadOS reports a Mac: told apart by touch), where
 * installing means Share → Add to Home Screen because Safari never fires beforeinstallprompt.
 * Other iOS browsers and in-app web views are excluded: their menus differ.
 */
export function isIosSafari(nav: NavigatorInfo): boolean {
  const ua = nav.userAgent;
  const iosDevice = /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && nav.maxTouchPoints > 1);
  const safari = /Version\/[\d.]+.*Safari\//.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(ua);
  return iosDevice && safari;
}
