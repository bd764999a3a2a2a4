import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseWxr } from '@/lib/wordpress/local/wxr';
import { DEMO_EXPORT } from '@/tests/support/fixtures';

// The demo site is what every fresh clone shows: an edit that breaks a reference or adds a
// third-party host should fail here, not in front of a new user.
const document = parseWxr(readFileSync(DEMO_EXPORT, 'utf8'), DEMO_EXPORT);
const ids = new Map(document.items.map((item) => [item.id, item]));
const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../public');
const ALLOWED_HOSTS = new Set(['demo.portico.invalid', 'example.com', 'status.example.com', 'www.youtube.com']);

function meta(itemId: number, key: string): string | undefined {
  return ids.get(itemId)?.meta.find((entry) => entry.key === key)?.value;
}

describe('the demo export', () => {
  it('names a static front page, a posts page and a privacy page that are published pages', () => {
    const { pageOnFront, pageForPosts, pageForPrivacyPolicy, showOnFront } = document.settings;
    expect(showOnFront).toBe('page');
    for (const id of [pageOnFront, pageForPosts, pageForPrivacyPolicy]) {
      expect(ids.get(id), `page ${id}`).toMatchObject({ type: 'page', status: 'publish' });
    }
  });

  it('gives every featured image an attachment whose file is in public/', () => {
    const thumbnails = document.items.flatMap((item) => {
      const id = Number(meta(item.id, '_thumbnail_id'));
      return id ? [{ item: item.id, id }] : [];
    });
    expect(thumbnails.length).toBeGreaterThan(5);
    for (const { item, id } of thumbnails) {
      const attachment = ids.get(id);
      expect(attachment?.type, `thumbnail of ${item}`).toBe('attachment');
      const file = new URL(attachment?.attachmentUrl ?? 'https://x.invalid/').pathname;
      expect(existsSync(path.join(PUBLIC_DIR, file)), file).toBe(true);
    }
  });

  it('points every menu item at a published page or an existing term or a custom link', () => {
    const menuItems = document.items.filter((item) => item.type === 'nav_menu_item');
    expect(menuItems.length).toBeGreaterThan(5);
    const termIds = new Set([...document.categories, ...document.tags].map((term) => term.termId));
    for (const item of menuItems) {
      const type = meta(item.id, '_menu_item_type');
      const objectId = Number(meta(item.id, '_menu_item_object_id'));
      if (type === 'post_type') expect(ids.get(objectId)?.status, `menu item ${item.id}`).toBe('publish');
      else if (type === 'taxonomy') expect(termIds.has(objectId), `menu item ${item.id}`).toBe(true);
      else expect(meta(item.id, '_menu_item_url'), `menu item ${item.id}`).toMatch(/^https:\/\//);
    }
  });

  it('links and embeds only its own host, example domains and the one YouTube URL', () => {
    const hosts = new Set<string>();
    for (const item of document.items) {
      for (const match of `${item.content} ${item.attachmentUrl ?? ''}`.matchAll(/https?:\/\/([^/\s"'<>\]]+)/g)) {
        hosts.add(match[1] ?? '');
      }
    }
    expect([...hosts].filter((host) => !ALLOWED_HOSTS.has(host))).toEqual([]);
  });

  it('keeps one item of every hidden status, and one password-protected post', () => {
    const statuses = new Set(document.items.filter((item) => item.type === 'post').map((item) => item.status));
    for (const status of ['draft', 'pending', 'private', 'future', 'trash']) expect(statuses).toContain(status);
    expect(document.items.filter((item) => item.password && item.status === 'publish')).toHaveLength(1);
  });
});
