// "Keep a backup file" where the File System Access API exists (Chromium on the desktop): the learner
// picks a file once and the app rewrites it after each study session. Nothing here may get in the way
// of studying: every failure becomes a state the UI shows, never an exception.
import type { AppStores } from '../state/stores';
import { createExternalStore } from './external-store';
import { clearHandle, loadHandle, saveHandle } from './handle-db';

interface WritableLike {
  write: (data: string) => Promise<void>;
  close: () => Promise<void>;
}

/** The part of a FileSystemFileHandle used here. */
export interface FileHandleLike {
  name: string;
  createWritable: () => Promise<WritableLike>;
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandleLike>;

export type BackupFileState =
  | { kind: 'unsupported' }
  | { kind: 'off' }
  | { kind: 'ready'; name: string; writtenAt: number | null }
  /** The browser wants the learner's consent again (a new visit, say) before the app writes. */
  | { kind: 'needs-permission'; name: string }
  | { kind: 'failed'; name: string };

/** Time without an answer after which a study session counts as over and the file is rewritten. */
export const SESSION_IDLE_MS = 30_000;

export interface BackupFileController {
  getState: () => BackupFileState;
  subscribe: (listener: () => void) => () => void;
  /** Lets the learner choose the file (a user gesture), then writes it. Cancelling changes nothing. */
  pick: () => Promise<void>;
  /** Asks for the permission the browser wants again (a user gesture), then writes. */
  allow: () => Promise<void>;
  /** Writes the current progress now; resolves whether it was written. */
  write: () => Promise<boolean>;
  /** Stops keeping the file (the file itself stays where it is). */
  stop: () => Promise<void>;
}

const denied = (e: unknown) =>
  e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError');

function createController(stores: AppStores, win: Window): BackupFileController {
  const picker = (win as Window & { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  const box = createExternalStore<{ state: BackupFileState }>({
    state: typeof picker === 'function' ? { kind: 'off' } : { kind: 'unsupported' },
  });
  const setState = (state: BackupFileState) => box.set({ state });
  let handle: FileHandleLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = async (): Promise<boolean> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const file = handle;
    if (!file) return false;
    try {
      const permission = await file.queryPermission?.({ mode: 'readwrite' });
      if (permission !== undefined && permission !== 'granted') {
        setState({ kind: 'needs-permission', name: file.name });
        return false;
      }
      const writable = await file.createWritable();
      await writable.write(`${JSON.stringify(stores.progress.getState().exportFile())}\n`);
      await writable.close();
      const at = stores.env.now();
      stores.prefs.getState().recordBackup(at);
      setState({ kind: 'ready', name: file.name, writtenAt: at });
      return true;
    } catch (e) {
      setState(
        denied(e)
          ? { kind: 'needs-permission', name: file.name }
          : { kind: 'failed', name: file.name },
      );
      return false;
    }
  };

  const adopt = async (file: FileHandleLike, writeNow: boolean) => {
    handle = file;
    stores.prefs.getState().setBackupFileName(file.name);
    setState({ kind: 'ready', name: file.name, writtenAt: null });
    if (writeNow) await write();
  };

  // A session is a run of answers: the file is written once they stop, or when the page is hidden.
  let lastLog = stores.progress.getState().log;
  stores.progress.subscribe((s) => {
    if (s.log === lastLog) return;
    lastLog = s.log;
    if (!handle) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void write(), SESSION_IDLE_MS);
  });
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden' && timer !== undefined) void write();
  });

  // A file chosen in an earlier visit: its handle is in IndexedDB.
  if (typeof picker === 'function' && stores.prefs.getState().backupFileName !== null) {
    void loadHandle<FileHandleLike>().then(async (saved) => {
      if (!saved) {
        stores.prefs.getState().setBackupFileName(null);
        return;
      }
      await adopt(saved, false);
      const permission = await saved.queryPermission?.({ mode: 'readwrite' }).catch(() => 'prompt');
      if (permission !== undefined && permission !== 'granted')
        setState({ kind: 'needs-permission', name: saved.name });
    });
  }

  return {
    getState: () => box.get().state,
    subscribe: box.subscribe,
    async pick() {
      if (typeof picker !== 'function') return;
      let file: FileHandleLike;
      try {
        file = await picker.call(win, {
          suggestedName: 'http-status-trainer-backup.json',
          types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
        });
      } catch {
        return; // Cancelled (AbortError) or refused: nothing changes.
      }
      await saveHandle(file);
      await adopt(file, true);
    },
    async allow() {
      const file = handle;
      if (!file) return;
      const permission = await file
        .requestPermission?.({ mode: 'readwrite' })
        .catch(() => 'denied');
      if (permission === undefined || permission === 'granted') await write();
      else setState({ kind: 'needs-permission', name: file.name });
    },
    write,
    async stop() {
      handle = null;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      stores.prefs.getState().setBackupFileName(null);
      setState({ kind: 'off' });
      await clearHandle();
    },
  };
}

const controllers = new WeakMap<AppStores, BackupFileController>();

/** The backup file of these stores (one per page), created on first use. */
export function backupFileFor(stores: AppStores, win: Window = window): BackupFileController {
  let controller = controllers.get(stores);
  if (!controller) {
    controller = createController(stores, win);
    controllers.set(stores, controller);
  }
  return controller;
}
