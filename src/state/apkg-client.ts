import type { ApkgRequest } from '../workers/apkg-job';
import { runWorkerJob, type RunningJob, type WorkerLike } from './worker-job';

const TIMEOUT_MS = 120_000;

function createApkgWorker(): WorkerLike {
  return new Worker(new URL('../workers/apkg.worker.ts', import.meta.url), {
    type: 'module',
    name: 'anki-exporter',
  });
}

/** Starts the Anki exporter worker; resolves with the .apkg file's bytes. */
export function startApkgExport(
  request: ApkgRequest,
  create: () => WorkerLike = createApkgWorker,
): RunningJob<Uint8Array> {
  return runWorkerJob<object, Uint8Array>(create, request, { timeoutMs: TIMEOUT_MS });
}
