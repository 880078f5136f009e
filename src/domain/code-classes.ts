// Kept apart from dataset-schema.ts (zod) so that screens needing only these lists do not pull the
// validator into the first load.

/** Every status a code of the dataset can have, in the order filters list them. */
export const CODE_STATUSES = [
  'standard',
  'webdav',
  'experimental',
  'deprecated',
  'unused',
  'unofficial',
] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/** The five classes (1xx–5xx) by their first digit. */
export const CLASS_DIGITS = [1, 2, 3, 4, 5] as const;
export type ClassDigit = (typeof CLASS_DIGITS)[number];
