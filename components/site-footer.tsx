import Link from 'next/link';

import type { SiteChrome } from '@/lib/wordpress';

import { CookieSettingsLink } from './consent/cookie-settings-link';
import { MenuList } from './menu-list';

/** The footer menu from WordPress and the site's name. */
export function SiteFooter({ chrome }: { chrome: SiteChrome }) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-8">
        <p className="text-sm text-muted">{chrome.title}</p>
        {chrome.footerMenu.length > 0 ? (
          <nav aria-label="Footer">
            <MenuList items={chrome.footerMenu} variant="footer" />
          </nav>
        ) : null}
        <p className="text-sm">
          <Link href="/jobs/" prefetch={false} className="underline">
            Jobs
          </Link>
        </p>
        <p className="text-sm">
          <Link href="/account/" prefetch={false} className="underline">
            Your account
          </Link>
        </p>
        <p className="text-sm">
          <Link href="/privacy/register/" prefetch={false} className="underline">
            Processing register
          </Link>
        </p>
        <p className="text-sm">
          <CookieSettingsLink className="underline" />
        </p>
      </div>
    </footer>
  );
}
