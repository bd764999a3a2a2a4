/**
 * The ATS as the rest of the site uses it: `getAts()` answers the adapter that getConfig().ats
 * chose, Bullhorn's public REST API or the local SQLite ATS.
 * @module
 */
import { getConfig } from '@/lib/config';
import { BullhornAts } from '@/lib/ats/bullhorn/bullhorn-ats';
import { LocalAts } from '@/lib/ats/local/local-ats';
import { getLocalAtsDatabase } from '@/lib/ats/local/records';
import type { Ats } from '@/lib/ats/port';

export { AtsError } from '@/lib/ats/port';
export type * from '@/lib/ats/port';

let ats: Ats | undefined;

/** The process's ATS adapter, made on first use. */
export function getAts(): Ats {
  if (!ats) {
    const { ats: config } = getConfig();
    ats =
      config.kind === 'bullhorn' ? new BullhornAts(config) : new LocalAts(getLocalAtsDatabase());
  }
  return ats;
}
