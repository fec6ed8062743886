import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { webhookAttempts, webhookEndpoints } from '@/db/schema';

export type Success = {
  deliveryId: string;
  endpointId: string;
  at: Date;
  requestBody: string;
  status: number;
  responseBody: string | null;
  latencyMs: number;
};

/**
 * Writes successful deliveries in groups: one transaction inserts their attempts, marks them
 * `succeeded` and clears their endpoints' failure clocks, instead of a transaction of four
 * statements per webhook. `record` resolves once its delivery is written (the row keeps its lease
 * until then, so a failed write means it is sent again, never lost). Failures are not grouped:
 * they are few, and each one may disable its endpoint.
 */
export function createSuccessRecorder(options: { groupSize?: number; lingerMs?: number } = {}) {
  const groupSize = options.groupSize ?? 100;
  const lingerMs = options.lingerMs ?? 5;
  let waiting: { success: Success; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | null = null;

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const group = waiting;
    waiting = [];
    if (group.length === 0) return;
    const successes = group.map((g) => g.success);
    try {
      await db.transaction(async (tx) => {
        await tx.insert(webhookAttempts).values(
          successes.map((s) => ({ deliveryId: s.deliveryId, at: s.at, requestBody: s.requestBody, responseStatus: s.status, responseBody: s.responseBody, error: null, latencyMs: s.latencyMs })),
        );
        const values = sql.join(successes.map((s) => sql`(${s.deliveryId}::uuid, ${s.at.toISOString()}::timestamptz, ${s.status}::int)`), sql`, `);
        await tx.execute(sql`
          update webhook_deliveries d
          set status = 'succeeded', delivered_at = v.at, next_attempt_at = v.at, last_response_status = v.status, last_error = null
          from (values ${values}) as v(id, at, status) where d.id = v.id`);
        const endpointIds = [...new Set(successes.map((s) => s.endpointId))];
        // Only an endpoint marked failing is written: a healthy one's row is not rewritten per group.
        await tx.update(webhookEndpoints).set({ failingSince: null }).where(and(inArray(webhookEndpoints.id, endpointIds), isNotNull(webhookEndpoints.failingSince)));
      });
      for (const g of group) g.resolve();
    } catch (error) {
      for (const g of group) g.reject(error);
    }
  };

  return {
    record(success: Success): Promise<void> {
      return new Promise((resolve, reject) => {
        waiting.push({ success, resolve, reject });
        if (waiting.length >= groupSize) void flush();
        else timer ??= setTimeout(() => void flush(), lingerMs);
      });
    },
  };
}

export type SuccessRecorder = ReturnType<typeof createSuccessRecorder>;
