import { describe, expect, it } from 'vitest';

import { makeSampleOrders } from '@/lib/crm/sample-orders';

describe('makeSampleOrders', () => {
  it('makes the same orders for the same seed, and other orders for another', () => {
    expect(makeSampleOrders(5, { seed: 3 })).toEqual(makeSampleOrders(5, { seed: 3 }));
    expect(makeSampleOrders(5, { seed: 3 })).not.toEqual(makeSampleOrders(5, { seed: 4 }));
  });

  it('spaces the orders up to the newest date, oldest first, only the newest a Draft', () => {
    const orders = makeSampleOrders(3, { newest: '2026-03-31', everyDays: 30 });

    expect(orders.map((order) => order.effectiveDate)).toEqual([
      '2026-01-30',
      '2026-03-01',
      '2026-03-31',
    ]);
    expect(orders.map((order) => order.status)).toEqual(['Activated', 'Activated', 'Draft']);
  });

  it('gives every order one to three lines of whole quantities and positive prices', () => {
    for (const order of makeSampleOrders(50, { seed: 8, currency: 'GBP' })) {
      expect(order.currency).toBe('GBP');
      expect(order.lines.length).toBeGreaterThanOrEqual(1);
      expect(order.lines.length).toBeLessThanOrEqual(3);
      for (const line of order.lines) {
        expect(Number.isInteger(line.quantity) && line.quantity >= 1).toBe(true);
        expect(Number.isInteger(line.unitPriceCents) && line.unitPriceCents > 0).toBe(true);
      }
    }
  });
});
