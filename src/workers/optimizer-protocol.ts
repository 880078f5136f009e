// What the optimiser worker and the page agree on, importable by the page without loading the worker.

/** The failure detail when there are too few items, or fsrs-rs finds too little in them to fit. */
export const NOT_ENOUGH_DATA = 'not-enough-data';
