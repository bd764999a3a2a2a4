/**
 * The shape of one bench run's results, as written to bench/results/latest.json.
 * @module
 */
import type { FirstLoadJs, ScriptSize } from './first-load-js';
import type { LoadResult } from './load';
import type { MachineConditions } from './machine';
import type { ProcessMemory } from './process-memory';
import type { BenchRoute } from './routes';
import type { SizeSample } from './static-body';

/** One page at one connection count, on Next and on the raw static server. */
export interface LoadRow {
  route: BenchRoute;
  connections: number;
  /** Next's x-nextjs-cache header after warming: HIT means served from the ISR cache. */
  cache: string | null;
  next: LoadResult;
  raw: LoadResult;
}

/** A route's first-load JavaScript and what it loads beyond the empty page. */
export interface JsRow {
  route: BenchRoute;
  js: FirstLoadJs;
  /** Scripts the empty page does not load (a route's own chunk is always one). */
  scriptsBeyondEmpty: ScriptSize[];
  /** Component names registered by this page's scripts and by none of the empty page's. */
  exportsBeyondEmpty: string[];
}

/** Whether one of the targets was met in this run. */
export interface TargetVerdict {
  target: string;
  isMet: boolean;
  detail: string;
}

/** Everything one run measured. */
export interface BenchResults {
  machine: MachineConditions;
  loadAverageAtEnd: [number, number, number];
  durationSeconds: number;
  /** Interleaved segments each page's duration was split into. */
  rounds: number;
  staticSizing: { samples: SizeSample[]; postBytes: number; staticBytes: number };
  productionBuildCheck: string;
  load: LoadRow[];
  emptyJs: FirstLoadJs;
  js: JsRow[];
  memory: { nextAfterWarm: ProcessMemory[]; nextAfterRun: ProcessMemory[]; raw: ProcessMemory[] };
  targets: TargetVerdict[];
}
