// `npm run bench`: bench/run.mjs builds the app and this bundle, then calls runBench().
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { firstLoad, GZIP_LEVEL, BROTLI_QUALITY, precache } from './lib/build-size';
import { runDomainBench, type DomainResult } from './lib/domain-bench';
import { runSchedulerBench, type SchedulerBenchResult } from './lib/scheduler-bench';
import { observeFirstLoad } from './lib/first-load-observed';
import { interactionRun, type InteractionRun } from './lib/interaction';
import { kindsInteractionRun } from './lib/kinds-interaction';
import { CATEGORIES, LIGHTHOUSE_CHROME_FLAGS, METRICS, runLighthouse } from './lib/lighthouse-runs';
import { assertServesBuild, startPreview } from '../tests/browser/preview-server';
import { printReport, reportTable, type Report, type Unavailable } from './lib/report';
import { figure, quantile } from './lib/stats';

export interface BenchOptions {
  /** The production build to serve (built by bench/run.mjs). */
  dist: string;
  outDir: string;
  port: number;
  chromePath: string;
  /** Runs per figure (median, min and max are taken over them). */
  runs: number;
  answers: number;
  commit: string;
}

const LANGS = [
  ['en', 'en-US'],
  ['zh-Hans', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
] as const;

function unavailable(error: unknown): Unavailable {
  return { unavailable: (error as Error).message.split('\n')[0] ?? String(error) };
}

async function timed<T>(label: string, seconds: Record<string, number>, fn: () => Promise<T>) {
  const start = Date.now();
  process.stdout.write(`… ${label}\n`);
  try {
    return await fn();
  } finally {
    seconds[label] = (Date.now() - start) / 1000;
  }
}

/** Runs every figure of issue #8 and writes `${outDir}/report.json`. */
export async function runBench(options: BenchOptions): Promise<Report> {
  const seconds: Record<string, number> = {};
  const server = await startPreview(options.dist, options.port);
  try {
    await assertServesBuild(server.origin, options.dist, 'set BENCH_PORT to a free port.');
  } catch (error) {
    await server.stop();
    throw error;
  }
  const preview = { url: server.origin, stop: server.stop };
  const browser = await chromium.launch({
    executablePath: options.chromePath,
    args: LIGHTHOUSE_CHROME_FLAGS.filter((f) => f !== '--headless=new'),
    headless: true,
  });
  try {
    const budget = Object.fromEntries(LANGS.map(([lang]) => [lang, firstLoad(options.dist, lang)]));
    const cache = precache(options.dist);

    const observed = await timed('first load in Chromium', seconds, async () => {
      const out: Report['firstLoad']['observed'] = {};
      for (const [lang, locale] of LANGS) {
        try {
          const loads = [];
          for (let i = 0; i < options.runs; i++)
            loads.push(
              await observeFirstLoad(browser, preview.url, options.dist, lang, locale, false),
            );
          const byGzip = [...loads].sort((a, b) => a.totals.gzip - b.totals.gzip);
          const median = byGzip[Math.floor(byGzip.length / 2)];
          if (!median) throw new Error('no load observed');
          const full = await observeFirstLoad(
            browser,
            preview.url,
            options.dist,
            lang,
            locale,
            true,
          );
          out[lang] = {
            files: median.files,
            gzip: figure(
              loads.map((l) => l.totals.gzip),
              'bytes',
            ),
            brotli: figure(
              loads.map((l) => l.totals.brotli),
              'bytes',
            ),
            raw: figure(
              loads.map((l) => l.totals.raw),
              'bytes',
            ),
            msToFirstCard: figure(
              loads.map((l) => l.msToFirstCard),
              'ms',
            ),
            withBackground: { files: full.files, totals: full.totals },
          };
        } catch (error) {
          out[lang] = unavailable(error);
        }
      }
      return out;
    });

    const lighthouse = await timed('Lighthouse', seconds, async () => {
      try {
        const runs = await runLighthouse(`${preview.url}/study`, options.runs, options.chromePath);
        const summarize = (preset: 'mobile' | 'desktop') => ({
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [
              c,
              figure(
                runs[preset].map((r) => r.scores[c]),
                'score',
              ),
            ]),
          ),
          metrics: Object.fromEntries(
            Object.keys(METRICS).map((m) => [
              m,
              figure(
                runs[preset].map((r) => r.metrics[m as keyof typeof METRICS]),
                'ms',
              ),
            ]),
          ),
          failing: [
            ...new Set(
              runs[preset].flatMap((r) => r.failing.map((f) => f.replace(/ \(.*\)$/, ''))),
            ),
          ],
          lcpElements: [...new Set(runs[preset].map((r) => r.lcpElement))],
          shifted: [...new Set(runs[preset].flatMap((r) => r.shifted))],
        });
        return { mobile: summarize('mobile'), desktop: summarize('desktop') };
      } catch (error) {
        return unavailable(error);
      }
    });

    const interaction = await timed('interaction and memory', seconds, async () => {
      const runs: InteractionRun[] = [];
      const errors: string[] = [];
      for (let i = 0; i < options.runs; i++) {
        try {
          runs.push(await interactionRun(browser, preview.url, options.answers));
        } catch (error) {
          errors.push(unavailable(error).unavailable);
        }
      }
      return { runs, errors };
    });

    const kinds = await timed('interaction per card kind', seconds, async () => {
      const runs: Record<string, number[]>[] = [];
      const errors: string[] = [];
      for (let i = 0; i < options.runs; i++) {
        try {
          runs.push(await kindsInteractionRun(browser, preview.url, 3));
        } catch (error) {
          errors.push(unavailable(error).unavailable);
        }
      }
      return { runs, errors };
    });

    const domain = await timed('domain', seconds, async (): Promise<DomainResult | Unavailable> => {
      try {
        return await runDomainBench(Math.max(options.runs, 5));
      } catch (error) {
        return unavailable(error);
      }
    });

    const scheduler = await timed(
      'scheduler tools',
      seconds,
      async (): Promise<SchedulerBenchResult | Unavailable> => {
        try {
          return await runSchedulerBench(options.runs);
        } catch (error) {
          return unavailable(error);
        }
      },
    );

    const percentiles = (pick: (r: InteractionRun) => number[]) => {
      const withSamples = interaction.runs.filter((r) => pick(r).length > 0);
      if (withSamples.length === 0)
        return unavailable(
          new Error(
            interaction.errors[0] ??
              interaction.runs.flatMap((r) => r.notes)[0] ??
              'no samples recorded',
          ),
        );
      return {
        p50: figure(
          withSamples.map((r) => quantile(pick(r), 0.5)),
          'ms',
        ),
        p95: figure(
          withSamples.map((r) => quantile(pick(r), 0.95)),
          'ms',
        ),
        samplesPerRun: withSamples.map((r) => pick(r).length),
      };
    };
    const heap = (pick: (r: InteractionRun) => number) =>
      interaction.runs.length > 0
        ? figure(interaction.runs.map(pick), 'bytes')
        : unavailable(new Error(interaction.errors[0] ?? 'no run completed'));

    const report: Report = {
      meta: {
        date: new Date().toISOString(),
        commit: options.commit,
        node: process.version,
        chromium: browser.version(),
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        runs: options.runs,
        compression: `gzip: node:zlib level ${GZIP_LEVEL}; brotli: node:zlib quality ${BROTLI_QUALITY}`,
        seconds,
      },
      firstLoad: { budget, observed },
      precache: cache,
      lighthouse,
      interaction: {
        answerToCard: percentiles((r) => r.answerToCard),
        answerToCommit: percentiles((r) => r.answerToCommit),
        searchKeystroke: percentiles((r) => r.searchKeystroke),
        answerToCommitByKind: Object.fromEntries(
          [...new Set(kinds.runs.flatMap((r) => Object.keys(r)))].sort().map((kind) => {
            const samples = kinds.runs.map((r) => r[kind] ?? []).filter((s) => s.length > 0);
            return [
              kind,
              samples.length === 0
                ? unavailable(new Error(kinds.errors[0] ?? 'no samples'))
                : {
                    p50: figure(
                      samples.map((s) => quantile(s, 0.5)),
                      'ms',
                    ),
                    p95: figure(
                      samples.map((s) => quantile(s, 0.95)),
                      'ms',
                    ),
                    samplesPerRun: samples.map((s) => s.length),
                  },
            ];
          }),
        ),
        notes: [
          ...new Set([
            ...interaction.errors,
            ...kinds.errors,
            ...interaction.runs.flatMap((r) => r.notes),
          ]),
        ],
      },
      memory: {
        heapAfterLoad: heap((r) => r.heapAfterLoad),
        heapAfterAnswers: heap((r) => r.heapAfterAnswers),
      },
      domain,
      scheduler,
    };
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(`${options.outDir}/report.json`, `${JSON.stringify(report, null, 2)}\n`);
    // The table as Markdown, for README.md's Performance section.
    writeFileSync(`${options.outDir}/table.md`, `${reportTable(report, options.answers)}\n`);
    printReport(report, options.answers);
    return report;
  } finally {
    await browser.close();
    preview.stop();
  }
}
