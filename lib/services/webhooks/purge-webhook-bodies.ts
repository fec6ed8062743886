import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

/**
 * Empties the logged request and response bodies of webhook attempts made before `cutoff` (the
 * outbox's retention period: they carry customers' details like the e-mails do); the record of
 * each attempt (when, status, latency) stays. In batches, SKIP LOCKED, safe from any process.
 */
export async function purgeWebhookBodies(input: { cutoff: Date; batchSize: number }): Promise<number> {
  let purged = 0;
  for (;;) {
    const rows = await db.execute<{ id: string }>(sql`
      update webhook_attempts set request_body = '(purged)', response_body = null
       where id in (
         select id from webhook_attempts
          where at < ${input.cutoff.toISOString()}::timestamptz and request_body not in ('(purged)', '(erased)')
          limit ${input.batchSize}::int
          for update skip locked)
      returning id`);
    purged += rows.length;
    if (rows.length < input.batchSize) return purged;
  }
}
