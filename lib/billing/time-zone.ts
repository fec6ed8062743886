const known = new Set<string>();

/** Whether `timeZone` is an IANA zone name this runtime knows ("Europe/Oslo"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (known.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
  known.add(timeZone);
  return true;
}

/**
 * NOTE: @date-fns/tz does not throw on an unknown zone; it yields an Invalid Date (NaN) that
 * would be written to the database as garbage. Every zone is checked where it enters.
 */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
}
