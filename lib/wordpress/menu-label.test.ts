import { describe, expect, it } from 'vitest';

import { findMenuLabel } from './menu-label';
import type { MenuLink, SiteChrome } from './types';

function link(label: string, href: string, children: MenuLink[] = []): MenuLink {
  return {
    id: label,
    label,
    href,
    isExternal: href.startsWith('http'),
    opensInNewTab: false,
    children,
  };
}

const chrome: SiteChrome = {
  title: 'Site',
  tagline: '',
  language: 'en-US',
  wordpressOrigin: 'https://cms.example.com',
  primaryMenu: [link('About', '/about/', [link('Journal', '/blog/')])],
  footerMenu: [link('Our blog', '/blog/'), link('Elsewhere', 'https://example.org/blog/')],
};

describe('findMenuLabel', () => {
  it('finds a nested primary menu item before the footer menu', () => {
    expect(findMenuLabel(chrome, '/blog/')).toBe('Journal');
  });

  it('answers undefined when no menu links the URI', () => {
    expect(findMenuLabel(chrome, '/news/')).toBeUndefined();
  });
});
