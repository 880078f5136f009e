import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

/** Chromium flags for Lighthouse on these machines (closed network, no GPU, root, headless). */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
} as const;

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  /** Category scores, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Metric values in milliseconds (Lighthouse's simulated throttling for the preset). */
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits that scored below 1 in a category that is not 100 (what to fix). */
  failing: string[];
  /** The largest contentful paint's element, and the elements that shifted (HTML snippets). */
  lcpElement: string;
  shifted: string[];
}

interface NodeItem {
  type?: string;
  snippet?: string;
  nodeLabel?: string;
  node?: { snippet?: string; nodeLabel?: string };
  items?: NodeItem[];
}

const describeNode = (n: { snippet?: string; nodeLabel?: string }) =>
  `${n.snippet ?? ''}${n.nodeLabel ? ` "${n.nodeLabel}"` : ''}`;

/** HTML snippets of the nodes an audit's details list (LCP element, layout shifts). */
function nodesOf(details: unknown): string[] {
  const items = (details as { items?: NodeItem[] } | undefined)?.items ?? [];
  return items.flatMap((item) => [
    ...(item.type === 'node' && item.snippet ? [describeNode(item)] : []),
    ...(item.node?.snippet ? [describeNode(item.node)] : []),
    ...nodesOf(item),
  ]);
}

/** Runs Lighthouse `runs` times per preset on `url`, in one Chromium started by chrome-launcher. */
export async function runLighthouse(
  url: string,
  runs: number,
  chromePath: string,
): Promise<Record<Preset, LighthouseRun[]>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const out: Record<Preset, LighthouseRun[]> = { mobile: [], desktop: [] };
    for (const preset of ['mobile', 'desktop'] as const)
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as LighthouseRun['scores'];
        const metrics = Object.fromEntries(
          Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN]),
        ) as LighthouseRun['metrics'];
        const failing = CATEGORIES.filter((c) => (lhr.categories[c]?.score ?? 0) < 1).flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map(
              (ref) =>
                `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`,
            ),
        );
        // Lighthouse 13 names the LCP element in its LCP breakdown insight.
        const lcpElement =
          nodesOf(lhr.audits['lcp-breakdown-insight']?.details)[0] ??
          nodesOf(lhr.audits['largest-contentful-paint-element']?.details)[0] ??
          '';
        const shifted = nodesOf(lhr.audits['layout-shifts']?.details);
        out[preset].push({ scores, metrics, failing, lcpElement, shifted });
      }
    return out;
  } finally {
    chrome.kill();
  }
}
