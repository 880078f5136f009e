// The optimiser's module worker: fsrs-browser and its WebAssembly load here, on the first request.
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { loadOptimizer } from './fsrs-optimizer';
import { runOptimize, type OptimizeRequest } from './optimizer-job';

self.onmessage = (event: MessageEvent<OptimizeRequest>) => {
  void runOptimize(
    event.data,
    () => loadOptimizer(new URL(wasmUrl, self.location.href)),
    (message) => self.postMessage(message),
  );
};
