import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureDownloads, releaseDownloads, type Download } from '../../tests/capture-downloads';
import type { Language } from '../domain/language';
import { createI18n, ensureScreenStrings } from '../i18n/i18n';
import { createMemoryStorage } from '../state/app-env';
import type { Persistence } from '../state/durability-store';
import { createAppStores, StoresProvider } from '../state/stores';
import { DurabilityNotice } from './durability-notice';
import { createInstallController } from './install-controller';
import { installOffer } from './testing/install-offer';

const NOW = new Date(2026, 2, 2, 10, 0).getTime();
let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(releaseDownloads);

async function renderNotice(options: {
  language: Language;
  persistence?: Persistence;
  iosSafari?: boolean;
  installed?: boolean;
  storageBlocked?: boolean;
}) {
  const stores = createAppStores({
    storage: createMemoryStorage(),
    now: () => NOW,
    ...(options.storageBlocked ? { storageBlocked: true } : {}),
  });
  stores.durability.setState({ persistence: options.persistence ?? 'best-effort' });
  const install = createInstallController(window);
  const i18n = await createI18n({ language: options.language });
  await ensureScreenStrings();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <DurabilityNotice install={install} iosSafari={options.iosSafari ?? false} />
      </StoresProvider>
    </I18nextProvider>,
  );
  if (options.installed) act(() => void window.dispatchEvent(new Event('appinstalled')));
  return { stores, install, user, section: screen.getByRole('region') };
}

describe('where progress is kept', () => {
  it('says the browser may delete it and offers the Install button where the browser offers one', async () => {
    const { section, install } = await renderNotice({ language: 'en' });
    expect(section).toHaveAccessibleName('Where your progress is kept');
    expect(section).toHaveTextContent(
      /stored only in this browser, and the browser may delete it if this site is not used for a week \(Safari\)/,
    );
    expect(within(section).queryByRole('button', { name: 'Install app' })).toBeNull();
    act(() => void window.dispatchEvent(installOffer()));
    expect(within(section).getByRole('button', { name: 'Install app' })).toBeVisible();
    install.dispose();
  });

  it('shows the Add to Home Screen steps on iOS Safari', async () => {
    const { section, install } = await renderNotice({ language: 'zh-Hant', iosSafari: true });
    expect(section).toHaveTextContent('你的學習進度只儲存在這個瀏覽器中；如果一週未使用本網站');
    expect(section).toHaveTextContent('「加入主畫面」');
    install.dispose();
  });

  it('is calm once the browser keeps the storage, and offers no install then', async () => {
    const { section, install } = await renderNotice({
      language: 'zh-Hans',
      persistence: 'persisted',
    });
    expect(section).toHaveTextContent('你的学习进度只保存在此浏览器中，浏览器已同意保留它。');
    expect(section).not.toHaveTextContent('一周');
    expect(section).not.toHaveTextContent('添加到主屏幕');
    install.dispose();
  });

  it('drops the install advice once installed, and says when nothing is kept at all', async () => {
    const installed = await renderNotice({ language: 'en', installed: true });
    expect(installed.section).toHaveTextContent(
      'which may delete it when the device runs short of space. Keep a backup.',
    );
    expect(installed.section).not.toHaveTextContent('Install the app');
    installed.install.dispose();
  });

  it('says when the browser keeps nothing for the app', async () => {
    const { section, install } = await renderNotice({ language: 'en', storageBlocked: true });
    expect(section).toHaveTextContent('This browser keeps nothing for the app');
    install.dispose();
  });

  it('downloads a backup in one tap and remembers when', async () => {
    const { section, stores, user, install } = await renderNotice({ language: 'en' });
    expect(section).toHaveTextContent('No backup yet.');
    stores.progress.getState().answer('404:recall', 3, 1_000);
    await user.click(within(section).getByRole('button', { name: 'Download a backup' }));
    expect(JSON.parse((await downloads[0]?.text) ?? '').log.ids).toEqual(['404:recall']);
    expect(stores.prefs.getState().lastBackupAt).toBe(NOW);
    expect(section).toHaveTextContent(/Last backup: Mar 2, 2026/);
    // No File System Access API here: no backup file to offer.
    expect(within(section).queryByRole('button', { name: /backup file/ })).toBeNull();
    install.dispose();
  });
});
