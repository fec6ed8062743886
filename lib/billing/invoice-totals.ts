import { sumMinor } from './money';
import type { PricedLine } from './priced-line';

/** An invoice's totals as exact sums of its lines; `subtotalMinor` is the net (total minus VAT). */
export function invoiceTotals(lines: PricedLine[]): { subtotalMinor: number; taxMinor: number; totalMinor: number } {
  const totalMinor = sumMinor(lines.map((line) => line.amountMinor));
  const taxMinor = sumMinor(lines.map((line) => line.taxMinor));
  return { subtotalMinor: totalMinor - taxMinor, taxMinor, totalMinor };
}
