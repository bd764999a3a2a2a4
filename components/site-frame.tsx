import type { ReactNode } from 'react';

import type { SiteChrome } from '@/lib/wordpress';

import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, main landmark and footer around a page's own content. */
export function SiteFrame({ chrome, children }: { chrome: SiteChrome; children: ReactNode }) {
  return (
    <div lang={chrome.language} className="flex flex-1 flex-col">
      <SiteHeader chrome={chrome} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </div>
  );
}
