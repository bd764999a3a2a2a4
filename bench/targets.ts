/**
 * The targets for the benchmark, judged from one run's numbers.
 * @module
 */
import type { JsRow, LoadRow, TargetVerdict } from './results';
import { POST_PATH, PROTECTED_PATH, STATIC_PATH } from './routes';

/** The connection count the targets are stated for. */
export const TARGET_CONNECTIONS = 50;

/** The p99 every cached WordPress page must stay under at TARGET_CONNECTIONS. */
export const TARGET_P99_MS = 100;

/** The target whose miss makes the bench exit non-zero: failed answers make numbers void. */
export const ERRORS_TARGET = 'no errors, timeouts or non-2xx answers';

function rowAt(rows: readonly LoadRow[], path: string): LoadRow | undefined {
  return rows.find((row) => row.route.path === path && row.connections === TARGET_CONNECTIONS);
}

/** Judges speed, latency, errors and client JavaScript against the targets. */
export function judgeTargets(rows: readonly LoadRow[], js: readonly JsRow[]): TargetVerdict[] {
  const post = rowAt(rows, POST_PATH);
  const ceiling = rowAt(rows, STATIC_PATH);
  const ratio =
    post && ceiling ? post.next.requestsPerSecond / ceiling.next.requestsPerSecond : NaN;
  const wordpress = rows.filter(
    (row) => row.route.kind === 'wordpress' && row.connections === TARGET_CONNECTIONS,
  );
  const worstP99 = Math.max(...wordpress.map((row) => row.next.p99Ms));
  const failures = rows.flatMap((row) =>
    [row.next, row.raw]
      .filter((result) => result.errors + result.timeouts + result.non2xx > 0)
      .map((result) => `${result.url} at ${result.connections}`),
  );
  const plain = js.filter((row) => row.route.path !== PROTECTED_PATH);
  const extra = plain.filter((row) => row.exportsBeyondEmpty.length > 0);

  return [
    {
      target: `cached post at ${TARGET_CONNECTIONS} connections at least as fast as Next's static page`,
      isMet: ratio >= 1,
      detail: `post / static requests per second = ${ratio.toFixed(2)}`,
    },
    {
      target: `p99 of every WordPress page under ${TARGET_P99_MS} ms at ${TARGET_CONNECTIONS} connections`,
      isMet: wordpress.length > 0 && worstP99 < TARGET_P99_MS,
      detail: `worst p99 ${worstP99.toFixed(1)} ms`,
    },
    {
      target: ERRORS_TARGET,
      isMet: failures.length === 0,
      detail: failures.length ? failures.join(', ') : 'none',
    },
    {
      target: 'plain content pages load no component of ours beyond the empty page',
      isMet: plain.length > 0 && extra.length === 0,
      detail: extra.length
        ? extra.map((row) => `${row.route.path}: ${row.exportsBeyondEmpty.join(', ')}`).join('; ')
        : 'none',
    },
  ];
}
