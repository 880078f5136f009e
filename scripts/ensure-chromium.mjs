// Finds Chromium for the browser tests: CHROME_PATH, then /usr/bin/chromium; installs Debian's
// chromium and fonts-wqy-microhei with apt-get when possible, else explains what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canUseApt } from './apt-install.mjs';

const DEFAULT_PATH = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-wqy-microhei'];

/** Returns the Chromium executable path, installing it when missing and apt-get is usable. */
export function ensureChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const fontsPresent =
    spawnSync('sh', ['-c', 'fc-list 2>/dev/null | grep -qi wenquanyi']).status === 0;
  if (existsSync(DEFAULT_PATH) && fontsPresent) return DEFAULT_PATH;
  if (!canUseApt()) {
    if (existsSync(DEFAULT_PATH)) return DEFAULT_PATH;
    console.error(
      `Chromium was not found at ${DEFAULT_PATH} and apt-get is not usable here.\n` +
        `Install it with:  sudo apt-get install -y ${PACKAGES.join(' ')}\n` +
        'or point CHROME_PATH at a Chromium or Chrome executable.',
    );
    process.exit(1);
  }
  aptInstall(PACKAGES);
  if (!existsSync(DEFAULT_PATH)) {
    console.error(`apt-get finished but ${DEFAULT_PATH} is still missing.`);
    process.exit(1);
  }
  return DEFAULT_PATH;
}
