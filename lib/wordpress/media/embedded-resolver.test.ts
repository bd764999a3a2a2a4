import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createMediaResolver } from '.';

const SITE = 'https://demo.example';
let root: string;
let publicDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'portico-media-'));
  publicDir = path.join(root, 'public');
  await mkdir(path.join(publicDir, 'wp-content/uploads/2024/01'), { recursive: true });
  await writeFile(path.join(publicDir, 'wp-content/uploads/2024/01/a b.png'), 'png');
  await writeFile(path.join(publicDir, 'wp-content/uploads/2024/01/gone.png'), 'png');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
});
afterAll(() => rm(root, { recursive: true, force: true }));

function resolver() {
  return createMediaResolver({ mode: 'embedded', siteOrigins: [SITE], publicDir });
}

describe('createMediaResolver in embedded mode', () => {
  it('resolves an upload on the site’s host to its site path when the file exists', async () => {
    expect(await resolver()(`${SITE}/wp-content/uploads/2024/01/a%20b.png?w=300`)).toBe(
      '/wp-content/uploads/2024/01/a%20b.png',
    );
  });

  it('resolves a relative upload URL against the site origin', async () => {
    expect(await resolver()('/wp-content/uploads/2024/01/a%20b.png')).toBe(
      '/wp-content/uploads/2024/01/a%20b.png',
    );
  });

  it('answers null for a missing file, another host, or a path outside uploads', async () => {
    const resolve = resolver();
    expect(await resolve(`${SITE}/wp-content/uploads/2024/01/none.png`)).toBeNull();
    expect(await resolve('https://wpthemetestdata.files.wordpress.com/2008/06/a.jpg')).toBeNull();
    expect(await resolve(`${SITE}/favicon.ico`)).toBeNull();
    expect(await resolve('javascript:alert(1)')).toBeNull();
  });

  it.each([
    ['dot segments', '/wp-content/uploads/../../secret.txt'],
    ['encoded dot segments', '/wp-content/uploads/%2e%2e/%2e%2e/%2e%2e/secret.txt'],
    ['encoded slashes', '/wp-content/uploads/..%2f..%2f..%2fsecret.txt'],
    ['encoded backslashes', '/wp-content/uploads/..%5c..%5c..%5csecret.txt'],
    ['a NUL byte', '/wp-content/uploads/2024/01/a%20b.png%00.txt'],
    ['broken percent-encoding', '/wp-content/uploads/%E0%A4%A'],
  ])('refuses %s leading out of uploads', async (_name, pathname) => {
    expect(await resolver()(`${SITE}${pathname}`)).toBeNull();
  });

  it('remembers that a file exists', async () => {
    const resolve = resolver();
    const url = `${SITE}/wp-content/uploads/2024/01/gone.png`;
    expect(await resolve(url)).toBe('/wp-content/uploads/2024/01/gone.png');
    await unlink(path.join(publicDir, 'wp-content/uploads/2024/01/gone.png'));
    expect(await resolve(url)).toBe('/wp-content/uploads/2024/01/gone.png');
  });

  it('never touches the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const resolve = resolver();
    await resolve(`${SITE}/wp-content/uploads/2024/01/a%20b.png`);
    await resolve('https://elsewhere.example/wp-content/uploads/x.png');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
