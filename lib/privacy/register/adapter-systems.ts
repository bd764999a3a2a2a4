import type { AtsConfig, CrmConfig, MailConfig } from '@/lib/config';

import type { OutsideSystem } from './types';

/**
 * The outside system behind each adapter the configuration can choose; null for the embedded
 * ones, which keep data on our own server. A new adapter kind in lib/config.ts is a type error
 * here until it is named, and the register test then wants it listed as a processor.
 */
export const ADAPTER_SYSTEMS = {
  crm: { salesforce: 'salesforce', local: null } satisfies Record<
    CrmConfig['kind'],
    OutsideSystem | null
  >,
  mail: { smtp: 'smtp', local: null } satisfies Record<MailConfig['kind'], OutsideSystem | null>,
  ats: { bullhorn: 'bullhorn', local: null } satisfies Record<
    AtsConfig['kind'],
    OutsideSystem | null
  >,
} as const;

/**
 * Every outside system that data sent to `recipient` may reach under some configuration: all
 * the real adapters of the port `recipient` belongs to.
 */
export function systemsOfSamePort(recipient: OutsideSystem): OutsideSystem[] {
  for (const adapters of Object.values(ADAPTER_SYSTEMS)) {
    const systems: OutsideSystem[] = [];
    for (const system of Object.values(adapters) as Array<OutsideSystem | null>) {
      if (system !== null) systems.push(system);
    }
    if (systems.includes(recipient)) return systems;
  }
  return [recipient];
}
