import { describe, expect, it } from 'vitest';
import { isIosSafari } from './platform';

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  ipadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
  iphoneWebView:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
};

describe('isIosSafari', () => {
  it('is true in Safari on iPhone and on iPad (which reports a touch Mac)', () => {
    expect(isIosSafari({ userAgent: UA.iphoneSafari, maxTouchPoints: 5 })).toBe(true);
    expect(isIosSafari({ userAgent: UA.ipadDesktopMode, maxTouchPoints: 5 })).toBe(true);
  });

  it('is false in desktop Safari, other iOS browsers, in-app web views and Android', () => {
    expect(isIosSafari({ userAgent: UA.ipadDesktopMode, maxTouchPoints: 0 })).toBe(false);
    expect(isIosSafari({ userAgent: UA.iphoneChrome, maxTouchPoints: 5 })).toBe(false);
    expect(isIosSafari({ userAgent: UA.iphoneWebView, maxTouchPoints: 5 })).toBe(false);
    expect(isIosSafari({ userAgent: UA.android, maxTouchPoints: 5 })).toBe(false);
  });
});
