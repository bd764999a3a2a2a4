/**
 * Who may see the dev pages (/dev/mailbox, /dev/crm): they show the embedded backends' data,
 * confirmation links included. They need the dev pages on (PORTICO_DEV_PAGES, by default only
 * for a loopback SITE_URL), the backend in question to be the local one, and the request to
 * come from this machine: `npm start` listens on every interface, so a loopback SITE_URL alone
 * would not keep a colleague on the same network out.
 * @module
 */
import { headers } from 'next/headers';

import { getConfig } from '@/lib/config';
import { getClientIp } from '@/lib/http/client-address';

/** 127.0.0.0/8 and ::1 (in any spelling): this machine. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return (
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || /^(?:0{0,4}:){2,7}0{0,3}1$/.test(address)
  );
}

/** True when this request may see a dev page about a backend that is local or not. */
export async function mayShowDevPage(backendIsLocal: boolean): Promise<boolean> {
  if (!getConfig().devPages || !backendIsLocal) return false;
  return isLoopbackAddress(getClientIp(await headers()));
}
