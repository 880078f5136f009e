// What the simulator worker does: the workload of every desired retention of the grid, one by one,
// reporting after each so that the page can show how far it has got.
import {
  retentionGrid,
  simulateWorkload,
  type RetentionPoint,
  type WorkloadInput,
} from '../domain/workload-simulation';

export type SimulateRequest = WorkloadInput;

export type SimulateMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; value: RetentionPoint[] }
  | { type: 'failed'; detail: string };

/** Simulates every retention of the grid for `request`, reporting through `post`; never throws. */
export function runSimulation(request: SimulateRequest, post: (m: SimulateMessage) => void): void {
  try {
    const grid = retentionGrid();
    const points: RetentionPoint[] = [];
    for (const desiredRetention of grid) {
      const settings = { ...request.settings, desiredRetention };
      points.push({ desiredRetention, ...simulateWorkload({ ...request, settings }) });
      post({ type: 'progress', done: points.length, total: grid.length });
    }
    post({ type: 'done', value: points });
  } catch (e) {
    post({ type: 'failed', detail: e instanceof Error ? e.message : String(e) });
  }
}
