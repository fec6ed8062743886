import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { dunningPlans, dunningSteps, testClocks, type ShopSettings } from '@/db/schema';
import { effectiveDunningSteps, type DunningPlan, type DunningStep } from '@/lib/billing/dunning';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import type { ClockScope } from './clock-scope';

export type EngineDunningPlan = DunningPlan & { id: string; effectiveSteps: DunningStep[] };

/** What every engine step needs besides the rows it works on; loaded once per batch. */
export type EngineContext = {
  settings: ShopSettings;
  timeZone: string;
  dunningPlans: Map<string, EngineDunningPlan>;
  /** The seller's country for VAT decisions (its identity in force when the batch runs); null when none is saved. */
  seller: { country: string } | null;
};

export async function loadEngineContext(db: DbOrTx, scope?: ClockScope): Promise<EngineContext> {
  const settings = await getShopSettings(db);
  // A test clock may simulate the shop in another time zone; its sweeps date everything in it.
  const clockZone =
    scope?.kind === 'test-clock'
      ? ((await db.select({ timeZone: testClocks.timeZone }).from(testClocks).where(eq(testClocks.id, scope.clockId)))[0]?.timeZone ?? null)
      : null;
  const plans = await db.select().from(dunningPlans);
  const steps = await db.select().from(dunningSteps).orderBy(asc(dunningSteps.dunningPlanId), asc(dunningSteps.position));
  const map = new Map<string, EngineDunningPlan>();
  for (const plan of plans) {
    const own: DunningStep[] = steps
      .filter((s) => s.dunningPlanId === plan.id)
      .map((s) => ({ daysAfterDue: s.daysAfterDue, action: s.action, fees: s.fees }));
    const dunning: DunningPlan = {
      steps: own,
      suspendInsteadOfRemind: plan.suspendInsteadOfRemind,
      endAfterDays: plan.endAfterDays,
    };
    map.set(plan.id, { ...dunning, id: plan.id, effectiveSteps: effectiveDunningSteps(dunning) });
  }
  const identity = await getSellerIdentity(new Date(), db);
  return { settings, timeZone: clockZone ?? settings.timeZone, dunningPlans: map, seller: identity && { country: identity.country } };
}

/** The steps that run for a plan's reminder process (none when the plan has no process). */
export function dunningStepsFor(ctx: EngineContext, dunningPlanId: string | null): DunningStep[] {
  return dunningPlanId ? (ctx.dunningPlans.get(dunningPlanId)?.effectiveSteps ?? []) : [];
}
