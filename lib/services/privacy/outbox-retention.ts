/** How long the outbox keeps a message's text, unless KADENS_OUTBOX_RETENTION_DAYS says otherwise. */
export const DEFAULT_OUTBOX_RETENTION_DAYS = 90;

/**
 * The retention of outbox bodies in days, from KADENS_OUTBOX_RETENTION_DAYS (a whole number of at
 * least 1). A value that is not one throws, naming the setting: a typo must not purge everything
 * or keep everything forever without anyone noticing.
 */
export function outboxRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.KADENS_OUTBOX_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_OUTBOX_RETENTION_DAYS;
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(days) || days < 1) {
    throw new Error(`KADENS_OUTBOX_RETENTION_DAYS must be a whole number of days (at least 1), not "${raw}".`);
  }
  return days;
}
