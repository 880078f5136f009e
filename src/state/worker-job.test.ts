import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWorkerJob, type WorkerLike } from './worker-job';

/** A worker that the test drives: it records what it was sent and whether it was ended. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

describe('worker jobs', () => {
  let worker: FakeWorker;
  beforeEach(() => {
    vi.useFakeTimers();
    worker = new FakeWorker();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the request, reports progress, settles with the answer and ends the worker', async () => {
    const progress: unknown[] = [];
    const job = runWorkerJob<{ step: number }, string>(
      () => worker,
      { ask: 1 },
      {
        timeoutMs: 1_000,
        onProgress: (p) => progress.push(p.step),
      },
    );
    expect(worker.sent).toEqual([{ ask: 1 }]);
    worker.reply({ type: 'progress', step: 1 });
    worker.reply({ type: 'progress', step: 2 });
    worker.reply({ type: 'done', value: 'answer' });
    expect(await job.result).toEqual({ ok: true, value: 'answer' });
    expect(progress).toEqual([1, 2]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel ends the worker at once, and a late answer changes nothing', async () => {
    const job = runWorkerJob<object, string>(() => worker, {}, { timeoutMs: 1_000 });
    job.cancel();
    expect(worker.terminated).toBe(true);
    worker.reply({ type: 'done', value: 'too late' });
    expect(await job.result).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('a worker that takes too long is ended', async () => {
    const job = runWorkerJob<object, string>(() => worker, {}, { timeoutMs: 1_000 });
    vi.advanceTimersByTime(999);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await job.result).toEqual({ ok: false, reason: 'timeout' });
    expect(worker.terminated).toBe(true);
  });

  it('a crash (error event, out of memory) or a reported failure settles without throwing', async () => {
    const crashed = runWorkerJob<object, string>(() => worker, {}, { timeoutMs: 1_000 });
    worker.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
    expect(await crashed.result).toEqual({ ok: false, reason: 'crashed', detail: 'out of memory' });

    const other = new FakeWorker();
    const failed = runWorkerJob<object, string>(() => other, {}, { timeoutMs: 1_000 });
    other.reply({ type: 'failed', detail: 'bad input' });
    expect(await failed.result).toEqual({ ok: false, reason: 'failed', detail: 'bad input' });

    const unborn = runWorkerJob<object, string>(
      () => {
        throw new Error('workers unavailable');
      },
      {},
      { timeoutMs: 1_000 },
    );
    expect(await unborn.result).toEqual({
      ok: false,
      reason: 'crashed',
      detail: 'workers unavailable',
    });
  });
});
