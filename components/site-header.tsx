import Link from 'next/link';

import type { SiteChrome } from '@/lib/wordpress';

import { MenuList } from './menu-list';

/** Site title, tagline and the primary menu, all from WordPress. */
export function SiteHeader({ chrome }: { chrome: SiteChrome }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-5">
        <div>
          <Link href="/" className="text-xl font-bold tracking-tight">
            {chrome.title}
          </Link>
          {chrome.tagline ? <p className="text-sm text-muted">{chrome.tagline}</p> : null}
        </div>
        {chrome.primaryMenu.length > 0 ? (
          <nav aria-label="Primary">
            <MenuList items={chrome.primaryMenu} variant="primary" />
          </nav>
        ) : null}
      </div>
    </header>
  );
}
