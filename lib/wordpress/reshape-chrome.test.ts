import { describe, expect, it } from 'vitest';

import { nestMenu, toSiteHref } from './reshape-chrome';

const origin = 'https://cms.example.com';

function item(
  databaseId: number,
  label: string,
  url: string,
  parentDatabaseId: number | null = null,
  order = databaseId,
) {
  return {
    id: `m${databaseId}`,
    databaseId,
    parentDatabaseId,
    label,
    url,
    path: null,
    target: null,
    cssClasses: [],
    title: null,
    order,
  };
}

describe('toSiteHref', () => {
  it('turns a WordPress URL into a site path with query and hash', () => {
    expect(toSiteHref('https://cms.example.com/about/team/?x=1#top', origin)).toBe(
      '/about/team/?x=1#top',
    );
  });

  it('leaves other hosts alone', () => {
    expect(toSiteHref('https://example.org/portfolio', origin)).toBe(
      'https://example.org/portfolio',
    );
  });

  it('resolves a relative path against WordPress', () => {
    expect(toSiteHref('/contact/', origin)).toBe('/contact/');
  });
});

describe('nestMenu', () => {
  it('nests children under their parents in WordPress order', () => {
    const tree = nestMenu(
      [
        item(3, 'Team', 'https://cms.example.com/about/team/', 1, 2),
        item(1, 'About', 'https://cms.example.com/about/', null, 1),
        item(4, 'Portfolio', 'https://example.org/portfolio', null, 4),
        item(2, 'Careers', 'https://cms.example.com/about/careers/', 1, 3),
      ],
      origin,
    );
    expect(tree.map((link) => link.label)).toEqual(['About', 'Portfolio']);
    expect(tree[0]?.children.map((link) => [link.label, link.href])).toEqual([
      ['Team', '/about/team/'],
      ['Careers', '/about/careers/'],
    ]);
    expect(tree[1]).toMatchObject({ href: 'https://example.org/portfolio', isExternal: true });
  });

  it('decodes entities in labels once', () => {
    const [link] = nestMenu(
      [item(1, 'Research &amp; Design &#8217;26', 'https://cms.example.com/r/')],
      origin,
    );
    expect(link?.label).toBe('Research & Design ’26');
  });

  it('keeps an item whose parent is missing at the top level', () => {
    expect(nestMenu([item(5, 'Orphan', '/o/', 99)], origin).map((link) => link.label)).toEqual([
      'Orphan',
    ]);
  });
});
