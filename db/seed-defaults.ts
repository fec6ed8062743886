import { eq } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as s from './schema';
import { oneConnection, type Connect } from './one-connection';

type SeedTx = Parameters<Parameters<PostgresJsDatabase<typeof s>['transaction']>[0]>[0];

export const DEFAULT_REMINDER_PROCESS = 'Standard reminder process';

/**
 * The default reminder process: a free first reminder (Dutch consumer law
 * requires one before costs), a second with a fee, then suspension, warning, termination.
 * Inserted when the database has no reminder process yet; returns the id of the default one.
 */
export async function ensureDefaultReminderProcess(tx: SeedTx): Promise<string> {
  // NOTE: the lock makes two starting processes insert it once, not twice.
  await tx.execute('lock table dunning_plans in exclusive mode');
  const [existing] = await tx.select({ id: s.dunningPlans.id }).from(s.dunningPlans).where(eq(s.dunningPlans.name, DEFAULT_REMINDER_PROCESS)).limit(1);
  if (existing) return existing.id;
  const [any] = await tx.select({ id: s.dunningPlans.id }).from(s.dunningPlans).limit(1);
  if (any) return any.id;
  const [dunning] = await tx.insert(s.dunningPlans).values({ name: DEFAULT_REMINDER_PROCESS, suspendInsteadOfRemind: false, endAfterDays: 30 }).returning();
  await tx.insert(s.dunningSteps).values([
    { dunningPlanId: dunning!.id, position: 0, daysAfterDue: 1, action: 'remind', fees: {} },
    { dunningPlanId: dunning!.id, position: 1, daysAfterDue: 14, action: 'remind', fees: { EUR: 250 } },
    { dunningPlanId: dunning!.id, position: 2, daysAfterDue: 21, action: 'suspend', fees: {} },
    { dunningPlanId: dunning!.id, position: 3, daysAfterDue: 28, action: 'warn', fees: {} },
    { dunningPlanId: dunning!.id, position: 4, daysAfterDue: 42, action: 'terminate', fees: {} },
  ]);
  return dunning!.id;
}

/**
 * What every database gets, production included: the default reminder process, and nothing
 * else (no shop settings, no catalog, no user: the first owner creates the shop at /setup).
 * Safe to call on every start.
 */
export async function seedShopDefaults(url: string, connect?: Connect): Promise<void> {
  const client = oneConnection(url, connect);
  try {
    await drizzle(client, { schema: s, casing: 'snake_case' }).transaction((tx) => ensureDefaultReminderProcess(tx));
  } finally {
    await client.end();
  }
}
