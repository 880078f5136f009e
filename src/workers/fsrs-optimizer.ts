// The one module that talks to fsrs-browser (fsrs-rs compiled to WebAssembly). Only the optimiser
// worker loads it, by dynamic import, so neither it nor its WebAssembly is part of any page load.
import type { TrainingArrays } from '../domain/training-items';

/** fsrs-rs found too little to fit (its `NotEnoughData`): the learner needs more reviews first. */
export class NotEnoughDataError extends Error {
  constructor() {
    super('not enough data');
    this.name = 'NotEnoughDataError';
  }
}

/** Fits FSRS weights to training items. */
export interface Optimizer {
  /** The fitted weights (21 for FSRS-6), not yet checked or clipped. */
  fit(items: TrainingArrays): number[];
}

/**
 * fsrs-browser ready to fit, its WebAssembly taken from `wasm` (a URL of our own build, or the bytes).
 * Single-threaded: its thread pool is never started, as that would need cross-origin isolation.
 */
export async function loadOptimizer(wasm: string | URL | BufferSource): Promise<Optimizer> {
  const fsrs = await import('fsrs-browser');
  await fsrs.default({ module_or_path: wasm });
  return {
    fit(items) {
      // A Rust panic reaches JavaScript as a bare "unreachable" trap; its message goes to
      // console.error, so it is read from there to tell "too little data" from a real fault.
      const said: string[] = [];
      const error = console.error;
      console.error = (...args: unknown[]) => void said.push(args.map(String).join(' '));
      try {
        // computeParameters consumes its Fsrs instance, so each fit gets a new one.
        const model = new fsrs.Fsrs();
        const w = model.computeParameters(items.ratings, items.deltas, items.lengths, null, true);
        return Array.from(w);
      } catch (e) {
        if (said.some((line) => line.includes('NotEnoughData'))) throw new NotEnoughDataError();
        throw e;
      } finally {
        console.error = error;
      }
    },
  };
}
