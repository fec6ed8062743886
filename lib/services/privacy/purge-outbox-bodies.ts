import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { purgeWebhookBodies } from '@/lib/services/webhooks/purge-webhook-bodies';
import { outboxRetentionDays } from './outbox-retention';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the text of outbox messages older than the retention period (html, text, the props they
 * were rendered from, attachment references) and marks them purged; the record of each message
 * (to, subject, kind, dates, status) stays. Runs in batches of `batchSize`, each its own short
 * statement, so a first run over years of mail never holds a long lock. Safe to run at any time,
 * from any number of processes (rows taken with SKIP LOCKED, a purged row is never taken again).
 * The bodies logged of outgoing webhooks are purged after the same period.
 */
export async function purgeOutboxBodies(input: { now: Date; retentionDays?: number; batchSize?: number }): Promise<{ purged: number }> {
  const days = input.retentionDays ?? outboxRetentionDays();
  const cutoff = new Date(input.now.getTime() - days * DAY_MS);
  const batchSize = input.batchSize ?? 1000;
  let purged = 0;
  for (;;) {
    const rows = await db.execute<{ id: string }>(sql`
      update email_outbox
         set html = '', text = '', props = '{}'::jsonb, attachments = null, body_purged_at = ${input.now.toISOString()}::timestamptz
       where id in (
         select id from email_outbox
          where body_purged_at is null and created_at < ${cutoff.toISOString()}::timestamptz
          limit ${batchSize}::int
          for update skip locked)
      returning id`);
    purged += rows.length;
    if (rows.length < batchSize) break;
  }
  // The webhooks' logged bodies carry the same details and are kept as long.
  await purgeWebhookBodies({ cutoff, batchSize });
  return { purged };
}
