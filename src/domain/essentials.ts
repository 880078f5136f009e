import essentialsJson from '../../data/essentials.json';

/** The codes every learner meets first (data/essentials.json): registered, each once. */
export const ESSENTIAL_CODES: readonly number[] = essentialsJson;
