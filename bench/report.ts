/**
 * Markdown tables of one run's results, for the terminal and for BENCHMARKS.md.
 * @module
 */
import type { ProcessMemory } from './process-memory';
import type { BenchResults, LoadRow } from './results';
import { STATIC_PATH } from './routes';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(2);
const rps = (value: number) => Math.round(value).toString();

/** A markdown table from a header and rows of cells. */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function loadTable(load: readonly LoadRow[]): string {
  const ceiling = (connections: number) =>
    load.find((row) => row.route.path === STATIC_PATH && row.connections === connections);
  const rows = load.map((row) => {
    const staticRps = ceiling(row.connections)?.next.requestsPerSecond ?? NaN;
    const failed = [row.next, row.raw].reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    return [
      row.route.name,
      String(row.connections),
      kb(row.next.bytesPerResponse),
      row.cache ?? '-',
      rps(row.next.requestsPerSecond),
      ms(row.next.p50Ms),
      ms(row.next.p99Ms),
      rps(row.raw.requestsPerSecond),
      ms(row.raw.p50Ms),
      ms(row.raw.p99Ms),
      (row.next.requestsPerSecond / row.raw.requestsPerSecond).toFixed(2),
      (row.next.requestsPerSecond / staticRps).toFixed(2),
      String(failed),
    ];
  });
  return markdownTable(
    [
      'page',
      'conns',
      'KB',
      'cache',
      'Next req/s',
      'p50 ms',
      'p99 ms',
      'raw req/s',
      'raw p50',
      'raw p99',
      'Next / raw',
      'vs Next static',
      'failed',
    ],
    rows,
  );
}

function jsTable(results: BenchResults): string {
  const empty = results.emptyJs;
  const rows = [
    ['empty page (baseline)', kb(empty.gzipBytes), '0.0', String(empty.scripts.length), '-'],
    ...results.js.map((row) => [
      row.route.name,
      kb(row.js.gzipBytes),
      kb(row.js.gzipBytes - empty.gzipBytes),
      String(row.js.scripts.length),
      row.exportsBeyondEmpty.join(', ') || 'none',
    ]),
  ];
  const table = markdownTable(
    ['page', 'first-load JS KB gz', 'beyond empty KB', 'scripts', 'components beyond empty'],
    rows,
  );
  const chunks = results.js
    .filter((row) => row.scriptsBeyondEmpty.length > 0)
    .map((row) => {
      const list = row.scriptsBeyondEmpty.map(
        (s) => `${s.src} (${kb(s.gzipBytes)} KB gz; registers ${s.exports.join(', ') || '-'})`,
      );
      return `- ${row.route.name}: ${list.join('; ')}`;
    });
  return [table, '', 'Scripts not on the empty page:', '', ...chunks].join('\n');
}

function processName(command: string): string {
  return command
    .split(' ')
    .slice(0, 3)
    .map((word) => word.split('/').at(-1))
    .join(' ');
}

function memoryLine(label: string, tree: readonly ProcessMemory[]): string {
  const mb = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
  const each = tree.map((p) => `${p.pid} \`${processName(p.command)}\` ${mb(p.rssKb)}`);
  const total = tree.reduce((sum, p) => sum + p.rssKb, 0);
  const peak = tree.reduce((sum, p) => sum + p.peakRssKb, 0);
  return `- ${label}: RSS ${mb(total)}, peak ${mb(peak)} (${each.join('; ')})`;
}

/** The whole run as markdown: conditions, load, first-load JS, memory and targets. */
export function formatReport(results: BenchResults): string {
  const m = results.machine;
  const load = (avg: readonly number[]) => avg.map((v) => v.toFixed(2)).join(' ');
  const sizing = results.staticSizing;
  return [
    `- date ${m.date}; ${m.cpus} CPUs (${m.cpuModel}); memory ${m.memoryTotalMb} MB (${m.memoryAvailableMb} MB available)`,
    `- Node ${m.node}, Next ${m.next}, autocannon ${m.autocannon}; ${results.durationSeconds} s per page and connection count, in ${results.rounds} interleaved rounds`,
    `- load average at start ${load(m.loadAverage)}, at end ${load(results.loadAverageAtEnd)}`,
    `- static page ${sizing.staticBytes} B vs post ${sizing.postBytes} B after ${sizing.samples.length} build(s)`,
    `- production build check: ${results.productionBuildCheck}`,
    '',
    loadTable(results.load),
    '',
    jsTable(results),
    '',
    memoryLine('next start after warm-up', results.memory.nextAfterWarm),
    memoryLine('next start after the run', results.memory.nextAfterRun),
    memoryLine('raw static server after the run', results.memory.raw),
    '',
    markdownTable(
      ['target', 'met', 'detail'],
      results.targets.map((t) => [t.target, t.isMet ? 'yes' : 'no', t.detail]),
    ),
  ].join('\n');
}
