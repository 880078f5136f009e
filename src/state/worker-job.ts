// One request to a Web Worker and its answer, with cancel and a time limit. The worker is ended in
// every case, so a cancelled or stuck job leaves nothing running; nothing is changed before the
// answer is in, so a failure of any kind leaves the learner's data as it was.

/** What the page needs of a Worker (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** Messages every job worker sends: any number of progress reports, then done or failed. */
export type JobMessage<P, T> =
  ({ type: 'progress' } & P) | { type: 'done'; value: T } | { type: 'failed'; detail: string };

export type JobOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'cancelled' | 'timeout' | 'crashed' | 'failed'; detail?: string };

export interface RunningJob<T> {
  result: Promise<JobOutcome<T>>;
  /** Ends the worker at once; the result becomes `cancelled`. */
  cancel(): void;
}

export interface JobOptions<P> {
  timeoutMs: number;
  onProgress?: (progress: P) => void;
  transfer?: Transferable[];
}

/** Starts `create()`'s worker on `request` and settles with its answer, a failure, a crash or a timeout. */
export function runWorkerJob<P, T>(
  create: () => WorkerLike,
  request: unknown,
  options: JobOptions<P>,
): RunningJob<T> {
  let settle: (outcome: JobOutcome<T>) => void = () => undefined;
  const result = new Promise<JobOutcome<T>>((resolve) => {
    settle = resolve;
  });
  let worker: WorkerLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  const finish = (outcome: JobOutcome<T>) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    worker?.terminate();
    settle(outcome);
  };
  try {
    worker = create();
    worker.onmessage = (event) => {
      const message = event.data as JobMessage<P, T>;
      if (message?.type === 'progress') options.onProgress?.(message);
      else if (message?.type === 'done') finish({ ok: true, value: message.value });
      else if (message?.type === 'failed')
        finish({ ok: false, reason: 'failed', detail: message.detail });
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish({ ok: false, reason: 'crashed', detail: event.message });
    };
    worker.onmessageerror = () =>
      finish({ ok: false, reason: 'crashed', detail: 'unreadable message' });
    timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), options.timeoutMs);
    worker.postMessage(request, options.transfer ?? []);
  } catch (e) {
    finish({ ok: false, reason: 'crashed', detail: e instanceof Error ? e.message : String(e) });
  }
  return { result, cancel: () => finish({ ok: false, reason: 'cancelled' }) };
}
