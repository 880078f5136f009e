import type { RetentionPoint } from '../domain/workload-simulation';
import type { SimulateRequest } from '../workers/simulator-job';
import { runWorkerJob, type RunningJob, type WorkerLike } from './worker-job';

const TIMEOUT_MS = 120_000;

function createSimulatorWorker(): WorkerLike {
  return new Worker(new URL('../workers/simulator.worker.ts', import.meta.url), {
    type: 'module',
    name: 'workload-simulator',
  });
}

/** Starts the simulator worker: the next days' workload for each desired retention of the grid. */
export function startSimulation(
  request: SimulateRequest,
  onProgress: (done: number, total: number) => void,
  create: () => WorkerLike = createSimulatorWorker,
): RunningJob<RetentionPoint[]> {
  return runWorkerJob<{ done: number; total: number }, RetentionPoint[]>(create, request, {
    timeoutMs: TIMEOUT_MS,
    onProgress: (p) => onProgress(p.done, p.total),
  });
}
