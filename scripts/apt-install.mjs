// Installing the Debian packages the browser tests need, the same way for every engine: apt-get as
// root (or through sudo) when it is there, else a message naming the packages.
import { execFileSync, spawnSync } from 'node:child_process';

/** True when `cmd` is on the PATH. */
export function canRun(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** True when this process can install Debian packages (apt-get as root, or sudo). */
export function canUseApt() {
  return canRun('apt-get') && (isRoot() || canRun('sudo'));
}

/**
 * Installs Debian packages with apt-get, without their recommended packages unless asked (WebKitGTK
 * is only known to render under Xvfb with its recommends, Mesa's among them); throws when apt-get fails.
 */
export function aptInstall(packages, { recommends = false } = {}) {
  const sudo = isRoot() ? [] : ['sudo'];
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  console.log(`Installing ${packages.join(' ')} with apt-get…`);
  run(['apt-get', 'update']);
  run([
    'env',
    'DEBIAN_FRONTEND=noninteractive',
    'apt-get',
    'install',
    '-y',
    ...(recommends ? [] : ['--no-install-recommends']),
    ...packages,
  ]);
}
