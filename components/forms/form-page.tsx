import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { getConfig } from '@/lib/config';
import { getNodePage } from '@/lib/wordpress';
import { buildNodeMetadata } from '@/lib/wordpress/metadata';

import { ContentHtml } from '../content-html';
import { SiteFrame } from '../site-frame';

interface FormPageProps {
  /** The site path; a WordPress page published there is shown above the form. */
  uri: string;
  title: string;
  children: ReactNode;
}

/**
 * A page of the site's own around a form: WordPress's page at the same URI gives its title
 * and text when there is one, so editors can word the page themselves.
 */
export async function FormPage({ uri, title, children }: FormPageProps) {
  const { node, chrome } = await getNodePage(uri);
  const entry = node && node.kind !== 'archive' && node.contentHtml !== null ? node : null;
  return (
    <SiteFrame chrome={chrome}>
      <h1 className="mb-8 text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
        {entry?.title || title}
      </h1>
      {entry?.contentHtml ? <ContentHtml html={entry.contentHtml} className="mb-10" /> : null}
      {children}
    </SiteFrame>
  );
}

/** The form page's metadata: WordPress's page's, or `title` beside the site's name. */
export async function buildFormPageMetadata(
  uri: string,
  title: string,
  options: { isIndexed: boolean } = { isIndexed: true },
): Promise<Metadata> {
  const page = await getNodePage(uri);
  const robots = options.isIndexed ? {} : { robots: { index: false, follow: false } };
  if (page.node) return { ...buildNodeMetadata(page, getConfig().siteUrl), ...robots };
  return { title: `${title} – ${page.chrome.title}`, ...robots };
}
