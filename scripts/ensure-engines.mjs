// Finds what the Firefox and WebKit journeys need (tests/browser/driver/): Firefox ESR, WebKitGTK's
// WebDriver and MiniBrowser, an X server for it, and the locale sources it takes its language from.
// Installs the missing Debian packages with apt-get when possible, else names them and stops.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall, canRun, canUseApt } from './apt-install.mjs';

function miniBrowserPresent() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH);
  return readdirSync('/usr/lib').some((dir) =>
    existsSync(join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser')),
  );
}

/** Each package with the test that says it is there. */
const NEEDS = [
  ['firefox-esr', () => existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr')],
  ['webkit2gtk-driver', () => canRun('WebKitWebDriver') && miniBrowserPresent()],
  ['xvfb', () => canRun('Xvfb')],
  ['locales', () => canRun('localedef') && existsSync('/usr/share/i18n/locales/zh_TW')],
];

/** The Debian packages of the Firefox and WebKit journeys that are not installed here. */
export function missingEnginePackages() {
  return NEEDS.filter(([, present]) => !present()).map(([name]) => name);
}

/** Makes sure Firefox ESR and WebKitGTK can run, installing them with apt-get when missing. */
export function ensureEngines() {
  const missing = missingEnginePackages();
  if (missing.length === 0) return;
  if (!canUseApt()) {
    console.error(
      `The Firefox and WebKit journeys need Debian packages that are missing: ${missing.join(' ')}\n` +
        `Install them with:  sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  aptInstall(missing, { recommends: true });
  const still = missingEnginePackages();
  if (still.length > 0) {
    console.error(`apt-get finished but these are still missing: ${still.join(' ')}`);
    process.exit(1);
  }
}
