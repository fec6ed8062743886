import { expect, test } from 'vitest';
import type { InvoicePdfLine } from './invoice-pdf-input';
import { vatSummary } from './vat-summary';

const line = (amountMinor: number, taxRateBp: number, taxMinor: number): InvoicePdfLine => ({
  description: 'x',
  quantity: 1,
  unitAmountMinor: amountMinor,
  amountMinor,
  taxRateBp,
  taxMinor,
  periodStart: null,
  periodEnd: null,
});

test('sums the stored line amounts per rate, in order of first appearance', () => {
  const rows = vatSummary([line(3200, 900, 264), line(4900, 2100, 850), line(-500, 900, -41), line(0, 0, 0)]);
  expect(rows).toEqual([
    { rateBp: 900, grossMinor: 2700, taxMinor: 223, netMinor: 2477 },
    { rateBp: 2100, grossMinor: 4900, taxMinor: 850, netMinor: 4050 },
    { rateBp: 0, grossMinor: 0, taxMinor: 0, netMinor: 0 },
  ]);
});
