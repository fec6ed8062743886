import { manageMessage } from '@/lib/i18n/manage-code';
import { calendarDate } from './calendar-date';
import { decimalToMinor } from './minor-units';
import type { XmlPath } from './xml-element-lines';
import { attributeOf, textAt, textOf } from './xml-node';

/**
 * A semantic problem in a well-formed file, located by element path until lines are known. Its
 * reason is a dashboard.manage.messages code; `label` below is one too (bankEntryLabel), worded inside it.
 */
export type Issue = { path: XmlPath; reason: string };

export type Amount = { minor: number; currency: string };

/** An Amt element ("<Amt Ccy="EUR">49.90</Amt>") in minor units; null after recording why not. */
export function readAmount(node: unknown, path: XmlPath, label: string, issues: Issue[]): Amount | null {
  if (node === undefined) {
    issues.push({ path, reason: manageMessage('bankEntryNoAmount', { label }) });
    return null;
  }
  const value = textOf(node);
  if (value === null) {
    issues.push({ path, reason: manageMessage('bankEntryAmountEmpty', { label }) });
    return null;
  }
  const currency = attributeOf(node, 'Ccy');
  if (currency === null) {
    issues.push({ path, reason: manageMessage('bankEntryNoCurrency', { label }) });
    return null;
  }
  const minor = decimalToMinor(value, currency);
  if (!minor.ok) {
    issues.push({ path, reason: manageMessage('bankEntryAmountInvalid', { label, problem: minor.reason }) });
    return null;
  }
  return { minor: minor.minor, currency };
}

/** CdtDbtInd: CRDT or DBIT, nothing else. */
export function readIndicator(node: unknown, path: XmlPath, label: string, issues: Issue[]): 'CRDT' | 'DBIT' | null {
  const value = textOf(node);
  if (value === 'CRDT' || value === 'DBIT') return value;
  issues.push({
    path,
    reason: value === null ? manageMessage('bankEntryNoIndicator', { label }) : manageMessage('bankEntryIndicatorUnknown', { label, value }),
  });
  return null;
}

/** An xs:boolean element such as RvslInd; absent is false. */
export function readFlag(node: unknown, path: XmlPath, label: string, issues: Issue[]): boolean {
  const value = textOf(node);
  if (value === null || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  issues.push({ path, reason: manageMessage('bankEntryNotBoolean', { label, value }) });
  return false;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * The day of a DateAndDateTimeChoice (BookgDt, ValDt): Dt, or the date part of DtTm.
 * NOTE: DtTm keeps the date as the bank wrote it, in its own offset; converting to UTC would
 * move late-evening bookings to the next day.
 * Returns undefined when the element is absent and null (after recording why) when unreadable.
 */
export function readDate(
  node: unknown,
  path: XmlPath,
  label: string,
  which: 'booking' | 'value',
  issues: Issue[],
): string | null | undefined {
  if (node === undefined) return undefined;
  const text = textAt(node, 'Dt') ?? textAt(node, 'DtTm');
  const match = text === null ? null : DATE.exec(text);
  const date = match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (date === null) issues.push({ path, reason: manageMessage('bankEntryDateInvalid', { label, which, text: text ?? '' }) });
  return date;
}
