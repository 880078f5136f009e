/** Types of scripts/chromium-args.mjs. */
export const CHROMIUM_ARGS: readonly string[];
