/**
 * Made-up orders for demo customers, tests and benchmarks: the same list for the same seed,
 * so that a seeded CRM (local or the fake Salesforce) looks the same on every run.
 * @module
 */

export interface SampleOrderLine {
  productName: string;
  quantity: number;
  /** In the currency's minor unit (cents). */
  unitPriceCents: number;
}

export interface SampleOrder {
  /** ISO `YYYY-MM-DD`. */
  effectiveDate: string;
  status: 'Activated' | 'Draft';
  currency: string;
  lines: SampleOrderLine[];
}

const FIRST_PRODUCT = { name: 'Harbour Lantern', unitPriceCents: 4_950 };
const PRODUCTS: readonly { name: string; unitPriceCents: number }[] = [
  FIRST_PRODUCT,
  { name: 'Tide Chart Print', unitPriceCents: 1_800 },
  { name: 'Oak Deck Chair', unitPriceCents: 12_900 },
  { name: 'Rope Doorstop', unitPriceCents: 2_250 },
  { name: 'Brass Compass', unitPriceCents: 6_475 },
  { name: 'Sailcloth Tote', unitPriceCents: 3_100 },
  { name: 'Lighthouse Mug', unitPriceCents: 1_450 },
  { name: 'Driftwood Shelf', unitPriceCents: 8_800 },
];

const DAY_MS = 86_400_000;

/** A small deterministic generator (mulberry32), enough for varied demo data. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` orders, oldest first, one every `everyDays` days up to `newest`, each with one to
 * three lines. The newest is still a Draft; the rest are Activated.
 */
export function makeSampleOrders(
  count: number,
  { seed = 1, newest = '2026-11-20', everyDays = 30, currency = 'EUR' } = {},
): SampleOrder[] {
  const random = randomFrom(seed);
  const newestMs = Date.parse(`${newest}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const lineCount = 1 + Math.floor(random() * 3);
    const lines = Array.from({ length: lineCount }, () => {
      const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)] ?? FIRST_PRODUCT;
      return {
        productName: product.name,
        quantity: 1 + Math.floor(random() * 4),
        unitPriceCents: product.unitPriceCents,
      };
    });
    const daysBack = (count - 1 - index) * everyDays;
    return {
      effectiveDate: new Date(newestMs - daysBack * DAY_MS).toISOString().slice(0, 10),
      status: index === count - 1 ? 'Draft' : 'Activated',
      currency,
      lines,
    };
  });
}
