import { describe, expect, it } from 'vitest';

import {
  exportedNames,
  exportsBeyond,
  extractScriptSources,
  scriptsBeyond,
  type FirstLoadJs,
} from './first-load-js';

describe('extractScriptSources', () => {
  it('keeps /_next/static scripts once each and sets nomodule ones apart', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      '<script src="https://example.com/x.js"></script>',
      '<script>self.__next_f.push([1,"src=\\"/_next/static/chunks/b.js\\""])</script>',
      '<SCRIPT async SRC="/_next/static/chunks/c.js"></SCRIPT>',
    ].join('');
    expect(extractScriptSources(html)).toEqual({
      modern: ['/_next/static/chunks/a.js', '/_next/static/chunks/c.js'],
      noModule: ['/_next/static/chunks/legacy.js'],
    });
  });
});

describe('exportedNames', () => {
  it('lists the names a Turbopack chunk registers', () => {
    const chunk = 'a.s(["PasswordForm",0,function(){}]);b.s(["SimulatePreloadedQuery",0,d])';
    expect(exportedNames(chunk)).toEqual(['PasswordForm', 'SimulatePreloadedQuery']);
  });
});

const script = (src: string, exports: string[] = []) => ({ src, bytes: 10, gzipBytes: 5, exports });
const page = (...scripts: ReturnType<typeof script>[]): FirstLoadJs => ({
  path: '/',
  scripts,
  gzipBytes: 5 * scripts.length,
  noModule: [],
});

describe('scriptsBeyond', () => {
  it('lists only the scripts the baseline does not load', () => {
    expect(scriptsBeyond(page(script('/a.js'), script('/b.js')), page(script('/a.js')))).toEqual([
      script('/b.js'),
    ]);
  });
});

describe('exportsBeyond', () => {
  it('lists names registered only by the page, whichever chunk holds them', () => {
    const post = page(script('/route-post.js', ['Link', 'PasswordForm']));
    const empty = page(script('/route-empty.js', ['Link']));
    expect(exportsBeyond(post, empty)).toEqual(['PasswordForm']);
  });
});
