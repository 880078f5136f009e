import { useId } from 'react';

/** Ids for SVG patterns that are unique in the document (useId's characters are not valid in url(#…)). */
export function usePatternId(): string {
  return `p${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * Fill patterns that tell series apart without hue: diagonal hatching and cross-hatching over the
 * surface colour; their colours come from CSS (classes in stats.css) so they follow light and dark.
 */
export function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pattern-bg" />
        <path
          d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"
          className="pattern-line pattern-line--learning"
        />
      </pattern>
      <pattern id={`${id}-cross`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="pattern-bg" />
        <path d="M0,0 l6,6 M6,0 l-6,6" className="pattern-line pattern-line--leech" />
      </pattern>
    </defs>
  );
}
