import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { monthSpan, monthSpans } from '@/lib/billing/metrics/month-range';
import { annualRunRateMinor, averageRevenuePerSubscriberMinor } from '@/lib/billing/metrics/rates';
import { getMrrMonths, type MrrMonth } from './get-mrr-months';
import { getTrialMetrics } from './get-trial-metrics';
import { listMrrSubscriptions } from './list-mrr-subscriptions';
import { createMrrFixture, type MrrFixture } from './mrr-fixture';

/**
 * The hand-computed year of createMrrFixture (mrr-fixture.ts). Each subscription's MRR, worked
 * out by hand (price × quantity, less a recurring coupon, less VAT, per month):
 *
 *   S1  monthly 1000, from Jan 10; price 1500 from Apr 15 (upgrade)                  1000 → 1500
 *   S2  yearly 24000 / 12, Jan 15 – ended Jul 10                                     2000 → 0
 *   S3  quarterly 4500 / 3, from Feb 10; 3000 / 3 from May 10 (downgrade)           1500 → 1000
 *   S4  weekly 1000 × 52 / 12 = 4333.33, Mar 10; paused Jun 10, resumed Sep 10       4333 → 0 → 4333
 *   S5  monthly 2000 with 10 % off forever; past due Mar 10 – Apr 10 (still counts)   1800
 *   S6  monthly 1000, trial Jan 10 – Feb 10, then paying; ended Nov 15                1000 → 0
 *   S7  monthly 1000, trial from Mar 10, ended in its trial Mar 20                    never counts
 *   S8  monthly 1250 incl. 25 % VAT = 1000, Apr 10; quantity 3 from Aug 10           1000 → 3000
 *   S9  monthly 3000, May 10; suspended Aug 15, paid Sep 15, ended Dec 10             3000 → 0 → 3000 → 0
 *   S10 monthly 2500, Jun 10; coupon 5.00 off forever from Oct 10                    2500 → 2000
 *   S11 quarterly 6000 / 3, Jul 10; yearly 36000 / 12 from Oct 15 (upgrade)           2000 → 3000
 *   S12 monthly 5000 in the second currency, Feb 10 – ended Jun 15                    5000 → 0
 *   S13 monthly 1000, in its trial from Dec 1 until 2033                              not yet
 *
 * Customers: C1 has S1 and S5, C2 has S2 and S3 (so S2 ending is not a lost customer), C5 has S7
 * and S13; every other subscription has its own customer (C3 S4, C4 S6, C6 S8, C7 S9, C8 S10,
 * C9 S11, C10 S12).
 */
let fixture: MrrFixture;
beforeAll(async () => {
  fixture = await createMrrFixture();
}, 120_000);
afterAll(async () => {
  await fixture?.cleanUp();
});

const TZ = 'Europe/Amsterdam';
const YEAR = monthSpans('2032-01', '2032-12', TZ);

type Row = [
  month: string,
  opening: number,
  added: number,
  expansion: number,
  contraction: number,
  churn: number,
  reactivation: number,
  closing: number,
  subscribersAtEnd: number,
  customerChurnBp: number | null,
  grossRevenueChurnBp: number | null,
  netRevenueChurnBp: number | null,
];
const asRow = (m: MrrMonth): Row => [
  m.month,
  m.openingMinor,
  m.movements.new,
  m.movements.expansion,
  m.movements.contraction,
  m.movements.churn,
  m.movements.reactivation,
  m.closingMinor,
  m.subscribersAtEnd,
  m.customerChurnBp,
  m.grossRevenueChurnBp,
  m.netRevenueChurnBp,
];

describe('MRR over twelve hand-computed months', () => {
  test('first currency: MRR, movements, subscribers and churn rates of every month', async () => {
    const currency = (await getMrrMonths(REAL_TIME, YEAR)).find((c) => c.currency === fixture.currencyA)!;
    // Rates in basis points. Customer churn: customers lost ÷ customers at the start.
    // Gross revenue churn: −(churn + contraction) ÷ opening; net: less expansion and reactivation.
    // prettier-ignore
    expect(currency.months.map(asRow)).toEqual<Row[]>([
      //  month     opening  new  expan. contr.  churn  react. closing subs cust.  gross  net
      ['2032-01',       0, 4800,    0,    0,      0,    0,    4800, 2, null,  null,  null], // S1 1000 + S5 1800 + S2 2000
      ['2032-02',    4800, 2500,    0,    0,      0,    0,    7300, 3,    0,     0,     0], // S3 1500 + S6 1000 (trial over)
      ['2032-03',    7300, 4333,    0,    0,      0,    0,   11633, 4,    0,     0,     0], // S4; S5 past due still counts; S7 trial only
      ['2032-04',   11633, 1000,  500,    0,      0,    0,   13133, 5,    0,     0,  -430], // S8; S1 +500: net −500/11633
      ['2032-05',   13133, 3000,    0, -500,      0,    0,   15633, 6,    0,   381,   381], // S9; S3 −500: 500/13133
      ['2032-06',   15633, 2500,    0,    0,  -4333,    0,   13800, 6, 1667,  2772,  2772], // S10; S4 paused: C3 lost (1/6); 4333/15633
      ['2032-07',   13800, 2000,    0,    0,  -2000,    0,   13800, 7,    0,  1449,  1449], // S11; S2 ended, C2 keeps S3; 2000/13800
      ['2032-08',   13800,    0, 2000,    0,  -3000,    0,   12800, 6, 1429,  2174,   725], // S8 ×3; S9 suspended: C7 lost (1/7)
      ['2032-09',   12800,    0,    0,    0,      0, 7333,   20133, 8,    0,     0, -5729], // S4 resumed 4333 + S9 paid 3000
      ['2032-10',   20133,    0, 1000, -500,      0,    0,   20633, 8,    0,   248,  -248], // S11 to yearly +1000; S10 coupon −500
      ['2032-11',   20633,    0,    0,    0,  -1000,    0,   19633, 7, 1250,   485,   485], // S6 ended: C4 lost (1/8)
      ['2032-12',   19633,    0,    0,    0,  -3000,    0,   16633, 6, 1429,  1528,  1528], // S9 ended: C7 lost (1/7); S13 in trial
    ]);
    // Each month opens where the last one closed, and its movements lead exactly to its close.
    for (const [i, m] of currency.months.entries()) {
      const moved = Object.values(m.movements).reduce((a, b) => a + b, 0);
      expect(m.openingMinor + moved).toBe(m.closingMinor);
      if (i > 0) expect(m.openingMinor).toBe(currency.months[i - 1]!.closingMinor);
    }
    // September: two reactivations; the whole year: eleven subscriptions started paying.
    expect(currency.months[8]!.movementCounts).toEqual({ new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 2 });
    expect(currency.months.reduce((n, m) => n + m.movementCounts.new, 0)).toBe(10);

    // December: MRR 16633 (S1 1500, S3 1000, S4 4333, S5 1800, S8 3000, S10 2000, S11 3000) of six customers.
    const december = currency.months[11]!;
    expect(annualRunRateMinor(december.closingMinor)).toBe(199_596);
    expect(averageRevenuePerSubscriberMinor(december.closingMinor, december.subscribersAtEnd)).toBe(2772);
  });

  test('second currency: its own row, never converted into the first', async () => {
    const currency = (await getMrrMonths(REAL_TIME, YEAR)).find((c) => c.currency === fixture.currencyB)!;
    // prettier-ignore
    expect(currency.months.map(asRow)).toEqual<Row[]>([
      ['2032-01',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
      ['2032-02',    0, 5000, 0, 0,     0, 0, 5000, 1,  null,  null,  null],
      ['2032-03', 5000,    0, 0, 0,     0, 0, 5000, 1,     0,     0,     0],
      ['2032-04', 5000,    0, 0, 0,     0, 0, 5000, 1,     0,     0,     0],
      ['2032-05', 5000,    0, 0, 0,     0, 0, 5000, 1,     0,     0,     0],
      ['2032-06', 5000,    0, 0, 0, -5000, 0,    0, 0, 10000, 10000, 10000],
      ['2032-07',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
      ['2032-08',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
      ['2032-09',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
      ['2032-10',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
      ['2032-11',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
      ['2032-12',    0,    0, 0, 0,     0, 0,    0, 0,  null,  null,  null],
    ]);
  });

  test('a range of a few months opens with the MRR built up before it', async () => {
    const currency = (await getMrrMonths(REAL_TIME, monthSpans('2032-06', '2032-07', TZ))).find((c) => c.currency === fixture.currencyA)!;
    expect(currency.months.map((m) => [m.month, m.openingMinor, m.closingMinor])).toEqual([
      ['2032-06', 15633, 13800],
      ['2032-07', 13800, 13800],
    ]);
  });

  test('trials: one running, and of the two decided this year one converted (S6) and one was lost (S7)', async () => {
    const trials = await getTrialMetrics(REAL_TIME, { from: YEAR[0]!.start, to: YEAR[11]!.end });
    expect(trials.find((t) => t.currency === fixture.currencyA)).toEqual({
      currency: fixture.currencyA,
      trialingNow: 1,
      converted: 1,
      lost: 1,
      conversionBp: 5000,
    });
    expect(trials.find((t) => t.currency === fixture.currencyB)).toBeUndefined();
  });

  test("every figure lists the subscriptions behind it: September's reactivations, December's MRR", async () => {
    const reactivated = await listMrrSubscriptions(REAL_TIME, { currency: fixture.currencyA, month: monthSpan('2032-09', TZ), figure: 'reactivation', page: 1 });
    expect(reactivated.total).toBe(2);
    expect(reactivated.rows.map((r) => [r.subscriptionId, r.amountMinor, r.occurredAt?.toISOString()])).toEqual([
      [fixture.id('S4'), 4333, '2032-09-10T12:00:00.000Z'],
      [fixture.id('S9'), 3000, '2032-09-15T12:00:00.000Z'],
    ]);

    const mrr = await listMrrSubscriptions(REAL_TIME, { currency: fixture.currencyA, month: monthSpan('2032-12', TZ), figure: 'mrr', page: 1 });
    expect(mrr.total).toBe(7);
    const byId = new Map(mrr.rows.map((r) => [r.subscriptionId, r.amountMinor]));
    expect(Object.fromEntries(['S1', 'S3', 'S4', 'S5', 'S8', 'S10', 'S11'].map((name) => [name, byId.get(fixture.id(name))]))).toEqual({
      S1: 1500,
      S3: 1000,
      S4: 4333,
      S5: 1800,
      S8: 3000,
      S10: 2000,
      S11: 3000,
    });
    // Largest first.
    expect(mrr.rows.map((r) => r.amountMinor)).toEqual([4333, 3000, 3000, 2000, 1800, 1500, 1000]);
    expect(mrr.rows[0]).toMatchObject({ customerName: `Customer C3 ${fixture.tag}`, status: 'active', occurredAt: null });

    // A page past the end is empty and still knows the total.
    expect(await listMrrSubscriptions(REAL_TIME, { currency: fixture.currencyA, month: monthSpan('2032-12', TZ), figure: 'mrr', page: 3 })).toEqual({ rows: [], total: 7 });
  });
});
