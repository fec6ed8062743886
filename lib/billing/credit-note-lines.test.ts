import { describe, expect, test } from 'vitest';
import { creditNoteLines, TOO_SMALL, type CreditableLine } from './credit-note-lines';

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
    if (!result.ok) throw new Error(result.error);
    expect(result.value.lines.map((l) => [l.amountMinor, l.taxMinor])).toEqual(expected);
    expect(result.value.totalMinor).toBe(credit);
    expect(result.value.lines.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(credit);
    expect(result.value.subtotalMinor + result.value.taxMinor).toBe(credit);
  });

  test('a second note for the rest takes back exactly what the first one left, VAT included', () => {
    const first = creditNoteLines(TWO_RATES, 1000);
    if (!first.ok) throw new Error(first.error);
    const after = TWO_RATES.map((l, i) => ({
      ...l,
      creditedMinor: first.value.lines[i]!.amountMinor,
      creditedTaxMinor: first.value.lines[i]!.taxMinor,
    }));
    const rest = creditNoteLines(after, 2695);
    if (!rest.ok) throw new Error(rest.error);
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

  test('a net-price credit that leaves nothing once VAT is taken off is refused, not a note without lines', () => {
    // 9 cents net + 1 cent VAT at 6 %: 1 cent credited is 0.94 cents net, which rounds to nothing.
    const tiny = [line('plan', 10, 600, 1)];
    expect(creditNoteLines(tiny, 1, { currency: 'EUR', pricesIncludeVat: false })).toEqual({ ok: false, error: TOO_SMALL });
    // Five cents are enough for a note with a line (its VAT per category rounds it to the line's 10).
    const five = creditNoteLines(tiny, 5, { currency: 'EUR', pricesIncludeVat: false });
    expect(five.ok && five.value.lines).toHaveLength(1);
    expect(five.ok && five.value.totalMinor).toBeGreaterThan(0);
  });
});
