import optimizerWasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import type { OptimizeRequest, OptimizePhase, OptimizeResult } from '../workers/optimizer-job';
import { runWorkerJob, type RunningJob, type WorkerLike } from './worker-job';

export type { OptimizePhase, OptimizeResult } from '../workers/optimizer-job';
export { NOT_ENOUGH_DATA } from '../workers/optimizer-protocol';

/** A fit may take a while on a slow phone; past this much per training item (plus a minute), it is stuck. */
const MS_PER_ITEM = 30;
const BASE_TIMEOUT_MS = 60_000;

function createOptimizerWorker(): WorkerLike {
  return new Worker(new URL('../workers/optimizer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fsrs-optimizer',
  });
}

/** Starts the optimiser worker on the learner's log (it never runs on the main thread). */
export function startOptimizer(
  request: OptimizeRequest,
  items: number,
  onPhase: (phase: OptimizePhase) => void,
  create: () => WorkerLike = createOptimizerWorker,
): RunningJob<OptimizeResult> {
  return runWorkerJob<{ phase: OptimizePhase }, OptimizeResult>(create, request, {
    timeoutMs: BASE_TIMEOUT_MS + items * MS_PER_ITEM,
    onProgress: (p) => onPhase(p.phase),
  });
}

/**
 * Whether the optimiser's WebAssembly is in a cache of this origin (the service worker keeps it
 * once fetched), i.e. whether optimising can work offline.
 */
export async function optimizerDownloaded(): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    return (await caches.match(new URL(optimizerWasmUrl, location.href).href)) !== undefined;
  } catch {
    return false;
  }
}
