import { describe, expect, test } from 'vitest';
import { creditNoteLines, type CreditableLine } from './credit-note-lines';

const line = (id: string, amountMinor: number, taxRateBp: number, taxMinor: number, credited = [0, 0]): CreditableLine => ({
  invoiceLineId: id,
  description: id,
  quantity: 1,
  amountMinor,
  taxRateBp,
  taxMinor,
  creditedMinor: credited[0]!,
  creditedTaxMinor: credited[1]!,
});

// A plan at 9 % and shipping at 21 %, as checkout prices them (VAT HALF_UP on each line).
const TWO_RATES = [line('plan', 3200, 900, 264), line('shipping', 495, 2100, 86)];
// Trendhouse with WELCOME10: the plan line and its negative discount line at the same rate.
const DISCOUNTED = [line('plan', 3200, 900, 264), line('discount', -320, 900, -26)];

describe('creditNoteLines', () => {
  test.each([
    ['the whole invoice: every line and its VAT exactly', TWO_RATES, 3695, [[3200, 264], [495, 86]]],
    // 1000 x 3200/3695 = 866.04 and 1000 x 495/3695 = 133.96: the spare cent goes to the larger remainder.
    ['part of it: proportional, VAT per line from its rate', TWO_RATES, 1000, [[866, 72], [134, 23]]],
    ['one cent: to the line with the largest share', TWO_RATES, 1, [[1, 0]]],
    // Half of 2880: 1600 off the plan and 160 back on the discount; VAT 132 - 13 = half of 238.
    ['half of a discounted invoice keeps the discount’s share', DISCOUNTED, 1440, [[1600, 132], [-160, -13]]],
    ['all of a discounted invoice', DISCOUNTED, 2880, [[3200, 264], [-320, -26]]],
  ])('%s', (_name, lines, credit, expected) => {
    const result = creditNoteLines(lines, credit);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.lines.map((l) => [l.amountMinor, l.taxMinor])).toEqual(expected);
    expect(result.value.totalMinor).toBe(credit);
    expect(result.value.lines.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(credit);
    expect(result.value.subtotalMinor + result.value.taxMinor).toBe(credit);
  });

  test('a second note for the rest takes back exactly what the first one left, VAT included', () => {
    const first = creditNoteLines(TWO_RATES, 1000);
    if (!first.ok) throw new Error(first.error.message);
    const after = TWO_RATES.map((l, i) => ({
      ...l,
      creditedMinor: first.value.lines[i]!.amountMinor,
      creditedTaxMinor: first.value.lines[i]!.taxMinor,
    }));
    const rest = creditNoteLines(after, 2695);
    if (!rest.ok) throw new Error(rest.error.message);
    expect(rest.value.lines.map((l) => [l.amountMinor, l.taxMinor])).toEqual([
      [2334, 192],
      [361, 63],
    ]);
    expect(first.value.taxMinor + rest.value.taxMinor).toBe(350);
  });

  test('a line taken back whole keeps its quantity; a part of one is one unit', () => {
    const lines = [{ ...line('plan', 6400, 900, 528), quantity: 2 }];
    expect(creditNoteLines(lines, 6400)).toMatchObject({ ok: true, value: { lines: [{ quantity: 2 }] } });
    expect(creditNoteLines(lines, 3200)).toMatchObject({ ok: true, value: { lines: [{ quantity: 1, amountMinor: 3200, taxMinor: 264 }] } });
  });

  test.each([
    ['more than is left', 3696],
    ['zero', 0],
    ['a negative amount', -5],
    ['a fraction of a cent', 10.5],
  ])('%s is refused', (_name, credit) => {
    expect(creditNoteLines(TWO_RATES, credit).ok).toBe(false);
  });

  test('a credit never takes back more VAT than the line still carries', () => {
    // 1 cent of VAT left on the line, but 100 x 21/121 would round to 17.
    const result = creditNoteLines([line('fee', 100, 2100, 17, [0, 16])], 100);
    expect(result).toMatchObject({ ok: true, value: { lines: [{ amountMinor: 100, taxMinor: 1 }] } });
  });

  test('a net-price credit that no net + VAT makes is refused with the nearest amounts, never a note for a different amount', () => {
    // 9 cents net + 1 cent VAT at 6 %: its VAT stays whole only if all 9 cents of net go at once, so 1 and 5
    // cents cannot be credited (before, 5 cents became a note of 10); 10 is the whole line.
    const tiny = [line('plan', 10, 600, 1)];
    const net = { currency: 'EUR', pricesIncludeVat: false };
    expect(creditNoteLines(tiny, 1, net)).toMatchObject({ ok: false, error: { kind: 'inexact', belowMinor: null, aboveMinor: 10 } });
    expect(creditNoteLines(tiny, 5, net)).toMatchObject({ ok: false, error: { kind: 'inexact', belowMinor: null, aboveMinor: 10 } });
    expect(creditNoteLines(tiny, 10, net)).toMatchObject({ ok: true, value: { totalMinor: 10, taxMinor: 1 } });
  });
});

// Net-price invoices as checkout prices them: net + VAT HALF_UP on the line.
const netLine = (id: string, net: number, rateBp: number) => {
  const vat = Math.floor((net * rateBp + 5_000) / 10_000);
  return line(id, net + vat, rateBp, vat);
};
const NET = { currency: 'EUR', pricesIncludeVat: false };

/** Every total from 1 to `upTo` a net-price line can be credited: net + VAT rounded, with what stays keeping its VAT whole. */
function creditableTotals(net: number, rateBp: number, upTo: number): number[] {
  const vatOf = (n: number) => Math.floor((n * rateBp + 5_000) / 10_000);
  const totals = new Set<number>();
  for (let n = 1; n <= net; n += 1) if (vatOf(n) + vatOf(net - n) === vatOf(net) && n + vatOf(n) <= upTo) totals.add(n + vatOf(n));
  return [...totals].sort((a, b) => a - b);
}

describe('creditNoteLines on net-price invoices: exactly the amount asked for, or the nearest that can be', () => {
  test.each([
    // 49.95 net + 3.00 VAT at 6 % (299.7 rounded up): small credits must leave the VAT whole.
    ['49.95 at 6 %', 4995, 600, [3, 10, 21, 27], [[4, 3, 10], [5, 3, 10], [6, 3, 10], [9, 3, 10], [22, 21, 27]]],
    // 0.10 net + 0.03 VAT at 25 % (2.5 rounded up).
    ['0.10 at 25 %', 10, 2500, [3, 4, 5, 8, 9, 10, 13], [[6, 5, 8], [7, 5, 8], [11, 10, 13], [12, 10, 13]]],
    ['10.00 at 21 %', 1000, 2100, [1, 2, 5, 6, 100, 121], []],
  ] as const)('%s', (_name, net, rateBp, exact, refused) => {
    const lines = [netLine('plan', net, rateBp)];
    for (const credit of exact) {
      const result = creditNoteLines(lines, credit, NET);
      if (!result.ok) throw new Error(`${credit}: ${result.error.message}`);
      expect(result.value.totalMinor).toBe(credit);
      expect(result.value.subtotalMinor + result.value.taxMinor).toBe(credit);
    }
    for (const [credit, belowMinor, aboveMinor] of refused) {
      expect(creditNoteLines(lines, credit, NET)).toEqual({
        ok: false,
        error: { kind: 'inexact', belowMinor, aboveMinor, message: `No net amount plus its VAT rounded per rate makes ${credit} minor units exactly: credit ${belowMinor} or ${aboveMinor}.` },
      });
    }
  });

  test.each([
    ['49.95 at 6 %', 4995, 600],
    ['0.10 at 25 %', 10, 2500],
    ['3.33 at 9 %', 333, 900],
    ['12.34 at 21 %', 1234, 2100],
    ['0.07 at 15 %', 7, 1500],
  ])('%s: every amount up to 1.50 is credited exactly when some net makes it, else refused naming its neighbours', (_name, net, rateBp) => {
    const lines = [netLine('plan', net, rateBp)];
    const total = lines[0]!.amountMinor;
    const upTo = Math.min(total, 150);
    const creditable = creditableTotals(net, rateBp, total);
    for (let credit = 1; credit <= upTo; credit += 1) {
      const result = creditNoteLines(lines, credit, NET);
      if (creditable.includes(credit) || credit === total) {
        expect(result).toMatchObject({ ok: true, value: { totalMinor: credit } });
      } else {
        const below = creditable.filter((t) => t < credit).at(-1) ?? null;
        const above = creditable.find((t) => t > credit) ?? total;
        expect(result).toMatchObject({ ok: false, error: { kind: 'inexact', belowMinor: below, aboveMinor: above } });
      }
    }
  });

  test('two rates: a total one rate cannot make is made by moving the other, and the note for the rest still equals the invoice', () => {
    const lines = [netLine('plan', 4995, 600), netLine('shipping', 495, 2100)];
    for (let credit = 1; credit <= 300; credit += 1) {
      const first = creditNoteLines(lines, credit, NET);
      if (!first.ok) throw new Error(`${credit}: ${first.error.message}`);
      expect(first.value.totalMinor).toBe(credit);
      const after = lines.map((l) => {
        const taken = first.value.lines.find((c) => c.invoiceLineId === l.invoiceLineId);
        return taken ? { ...l, creditedMinor: taken.amountMinor, creditedTaxMinor: taken.taxMinor } : l;
      });
      const left = after.reduce((sum, l) => sum + l.amountMinor - l.creditedMinor, 0);
      const rest = creditNoteLines(after, left, NET);
      if (!rest.ok) throw new Error(rest.error.message);
      // What BR-CO-17 computes on the rest's nets is the VAT the lines still carry.
      for (const [index, rateBp] of [600, 2100].entries()) {
        const restLine = rest.value.lines.find((l) => l.taxRateBp === rateBp)!;
        const restNet = restLine.amountMinor - restLine.taxMinor;
        expect(restLine.taxMinor).toBe(Math.floor((restNet * rateBp + 5_000) / 10_000));
        expect(restLine.taxMinor + (first.value.lines.find((l) => l.taxRateBp === rateBp)?.taxMinor ?? 0)).toBe(lines[index]!.taxMinor);
      }
      expect(first.value.totalMinor + rest.value.totalMinor).toBe(lines[0]!.amountMinor + lines[1]!.amountMinor);
    }
  });
});
