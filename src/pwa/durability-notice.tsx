import { useId, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDurability, useStores } from '../state/stores';
import { BackupActions } from './backup-actions';
import { defaultInstallController } from './default-controllers';
import { InstallButton } from './install-button';
import type { InstallController } from './install-controller';
import { isIosSafari } from './platform';
import './durability.css';

export interface DurabilityNoticeProps {
  className?: string;
  /** Injected in tests; the page's install offer otherwise. */
  install?: InstallController;
  iosSafari?: boolean;
  /** More to show in the section (Settings adds the reminder's setting). */
  children?: ReactNode;
}

/**
 * Where the learner's progress is kept and how safe it is, said calmly: only in this browser, and
 * whether the browser may delete it. Offers the remedy of the platform (Add to Home Screen on iOS
 * Safari, the Install button elsewhere) and the backups (download, backup file).
 */
export function DurabilityNotice({
  className,
  install = defaultInstallController,
  iosSafari = isIosSafari(navigator),
  children,
}: DurabilityNoticeProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { env } = useStores();
  const persistence = useDurability((s) => s.persistence);
  const { installed } = useSyncExternalStore(install.subscribe, install.getState, install.getState);
  const blocked = env.storageBlocked === true;
  const persisted = persistence === 'persisted';
  const text = blocked
    ? t('durability.blocked')
    : persisted
      ? t('durability.persisted')
      : installed
        ? t('durability.bestEffortInstalled')
        : t('durability.bestEffort');
  const remedy = !blocked && !persisted && !installed;

  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('durability.title')}</h2>
      <p>{text}</p>
      {remedy &&
        (iosSafari ? (
          <p className="durability__steps">{t('pwa.install.iosHint')}</p>
        ) : (
          <InstallButton install={install} />
        ))}
      <BackupActions />
      {children}
    </section>
  );
}
