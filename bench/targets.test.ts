import { describe, expect, it } from 'vitest';

import type { LoadResult } from './load';
import type { JsRow, LoadRow } from './results';
import { JS_ROUTES, LOAD_ROUTES, POST_PATH, STATIC_PATH, type BenchRoute } from './routes';
import { judgeTargets } from './targets';

function result(requestsPerSecond: number, p99Ms: number, non2xx = 0): LoadResult {
  return {
    url: 'http://127.0.0.1/',
    connections: 50,
    durationSeconds: 8,
    requestsPerSecond,
    p50Ms: p99Ms / 2,
    p99Ms,
    maxMs: p99Ms,
    responses: requestsPerSecond * 8,
    errors: 0,
    timeouts: 0,
    non2xx,
    bytesPerResponse: 20_000,
  };
}

function rows(rps: (route: BenchRoute) => number, p99Ms = 40): LoadRow[] {
  return LOAD_ROUTES.map((route) => ({
    route,
    connections: 50,
    cache: 'HIT',
    next: result(rps(route), p99Ms),
    raw: result(5000, 5),
  }));
}

function jsRows(exportsOf: (route: BenchRoute) => string[]): JsRow[] {
  const js = { path: '/', scripts: [], gzipBytes: 0, noModule: [] };
  return JS_ROUTES.map((route) => ({
    route,
    js,
    scriptsBeyondEmpty: [],
    exportsBeyondEmpty: exportsOf(route),
  }));
}

const verdicts = (load: LoadRow[], js: JsRow[]) =>
  Object.fromEntries(judgeTargets(load, js).map((verdict) => [verdict.target, verdict.isMet]));

describe('judgeTargets', () => {
  it('meets every target when the post keeps up with the static page', () => {
    const met = verdicts(
      rows(() => 1000),
      jsRows(() => []),
    );
    expect(Object.values(met)).toEqual([true, true, true, true]);
  });

  it('misses the speed target when the post is slower than the static page', () => {
    const load = rows((route) => (route.path === POST_PATH ? 900 : 1000));
    expect(
      judgeTargets(
        load,
        jsRows(() => []),
      )[0],
    ).toMatchObject({
      isMet: false,
      detail: 'post / static requests per second = 0.90',
    });
  });

  it('misses the latency target at a p99 of 100 ms', () => {
    expect(
      judgeTargets(
        rows(() => 1000, 100),
        jsRows(() => []),
      )[1]?.isMet,
    ).toBe(false);
  });

  it('misses the error target on any non-2xx answer', () => {
    const load = rows(() => 1000);
    const first = load[0];
    if (first) first.raw = result(5000, 5, 3);
    expect(
      judgeTargets(
        load,
        jsRows(() => []),
      )[2]?.isMet,
    ).toBe(false);
  });

  it('misses the script target when a plain page registers a component of its own', () => {
    const js = jsRows((route) => (route.path === STATIC_PATH ? [] : ['PasswordForm']));
    expect(
      judgeTargets(
        rows(() => 1000),
        js,
      )[3],
    ).toMatchObject({ isMet: false });
  });
});
