import { parseMoney } from './parse-money';
import { err, ok, type Result } from './result';

/**
 * A fee per currency as a merchant types it, "EUR 25.00, NOK 250": each currency once, each
 * amount in that currency's own decimals (parseMoney), more than zero. Empty: no amounts.
 */
export function parseFeeAmounts(input: string): Result<Record<string, number>> {
  const amounts: Record<string, number> = {};
  const parts = input.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);
  for (const part of parts) {
    const match = /^([A-Za-z]{3})\s+(.+)$/.exec(part);
    if (!match) return err(`Write each fee as a currency code and an amount, like "EUR 25.00" (not "${part}").`);
    const currency = match[1]!.toUpperCase();
    if (currency in amounts) return err(`${currency} is given twice.`);
    let parsed: Result<number>;
    try {
      parsed = parseMoney(match[2]!, currency);
    } catch {
      return err(`${currency} is not a currency this shop knows.`);
    }
    if (!parsed.ok) return err(`${currency}: ${parsed.error}`);
    if (parsed.value <= 0) return err(`${currency}: the fee must be more than zero.`);
    amounts[currency] = parsed.value;
  }
  return ok(amounts);
}

/** The amounts written back the way parseFeeAmounts reads them (for the settings form). */
export function formatFeeAmounts(amounts: Record<string, number>, exponentOf: (currency: string) => number): string {
  return Object.entries(amounts)
    .map(([currency, minor]) => {
      const exponent = exponentOf(currency);
      return `${currency} ${exponent === 0 ? String(minor) : (minor / 10 ** exponent).toFixed(exponent)}`;
    })
    .join(', ');
}
