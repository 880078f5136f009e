/** Types of scripts/generate-icons.mjs for the tests that check its output. */
export interface IconSpec {
  file: string;
  size: number;
  bleed: boolean;
}
/** Relative to the repository root. */
export const ICON_SOURCE: string;
export const ICON_DIR: string;
export const ICONS: readonly IconSpec[];
export function renderIcon(svg: string, icon: IconSpec): Buffer;
