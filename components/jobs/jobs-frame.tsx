import type { ReactNode } from 'react';

import { getNodePage } from '@/lib/wordpress';

import { SiteFrame } from '../site-frame';

/** The URI whose cached WordPress answer gives every job board page its chrome. */
export const JOBS_URI = '/jobs/';

/**
 * The site's header and footer around a job board page. The chrome (menus, site name) comes
 * from WordPress's cached answer for /jobs/, one entry shared by the list and every job, so a
 * job page costs no GraphQL round trip once it is cached.
 */
export async function JobsFrame({ children }: { children: ReactNode }) {
  const { chrome } = await getNodePage(JOBS_URI);
  return <SiteFrame chrome={chrome}>{children}</SiteFrame>;
}

/** The site's name, for page titles. */
export async function getSiteName(): Promise<string> {
  return (await getNodePage(JOBS_URI)).chrome.title;
}
