// The simulator's module worker: a year of study days for each desired retention, off the main thread.
import { runSimulation, type SimulateRequest } from './simulator-job';

self.onmessage = (event: MessageEvent<SimulateRequest>) => {
  runSimulation(event.data, (message) => self.postMessage(message));
};
