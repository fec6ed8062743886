import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { DEFAULT_OUTBOX_RETENTION_DAYS, outboxRetentionDays } from './outbox-retention';
import { purgeOutboxBodies } from './purge-outbox-bodies';

// NOTE: the messages are dated in 2001, and the purge runs "in 2001": test files share the
// database, and no other test has mail that old for this purge to touch.
const NOW = new Date('2001-06-01T00:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

async function message(createdAt: Date) {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      dedupeKey: `purge:${randomUUID()}`,
      template: 'invoice',
      toAddress: `purge-${randomUUID()}@example.test`,
      subject: 'Your invoice T-1',
      props: { customerName: 'Daan de Vries' },
      html: '<p>Dear Daan de Vries, Testgate 1</p>',
      text: 'Dear Daan de Vries, Testgate 1',
      attachments: [{ kind: 'invoice-pdf', invoiceId: randomUUID(), filename: 'T-1.pdf' }],
      transport: 'resend',
      status: 'sent',
      createdAt,
      sentAt: createdAt,
    })
    .returning();
  return row!;
}

describe('purgeOutboxBodies', () => {
  test('older than the retention: the text goes, the record of the message stays; newer: untouched', async () => {
    const old = await message(daysBefore(91));
    const recent = await message(daysBefore(89));
    expect((await purgeOutboxBodies({ now: NOW, retentionDays: 90 })).purged).toBeGreaterThanOrEqual(1);

    const [purged] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, old.id));
    expect(purged).toMatchObject({
      html: '',
      text: '',
      props: {},
      attachments: null,
      bodyPurgedAt: NOW,
      // The record: to whom, what, when, and whether it was delivered.
      toAddress: old.toAddress,
      subject: old.subject,
      template: 'invoice',
      status: 'sent',
      createdAt: old.createdAt,
      sentAt: old.sentAt,
    });
    expect(JSON.stringify(purged)).not.toContain('Daan');
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, recent.id)))[0]).toEqual(recent);
  });

  test('works through any number of messages in batches, and a second run finds nothing', async () => {
    const rows = await Promise.all(Array.from({ length: 5 }, () => message(daysBefore(400))));
    await purgeOutboxBodies({ now: NOW, retentionDays: 90, batchSize: 2 });
    const after = await db.select().from(emailOutbox).where(inArray(emailOutbox.id, rows.map((row) => row.id)));
    expect(after.map((row) => row.bodyPurgedAt)).toEqual(Array(5).fill(NOW));
    expect(await purgeOutboxBodies({ now: NOW, retentionDays: 90, batchSize: 2 })).toEqual({ purged: 0 });
  });
});

describe('outboxRetentionDays', () => {
  test.each([
    [undefined, DEFAULT_OUTBOX_RETENTION_DAYS],
    ['', DEFAULT_OUTBOX_RETENTION_DAYS],
    ['30', 30],
    [' 365 ', 365],
  ])('KADENS_OUTBOX_RETENTION_DAYS=%j is %d days', (value, days) => {
    expect(outboxRetentionDays({ KADENS_OUTBOX_RETENTION_DAYS: value })).toBe(days);
  });

  test.each(['0', '-5', '1.5', 'ninety', '90d'])('%j is refused with the setting named', (value) => {
    expect(() => outboxRetentionDays({ KADENS_OUTBOX_RETENTION_DAYS: value })).toThrow(/^KADENS_OUTBOX_RETENTION_DAYS must be a whole number of days/);
  });
});
