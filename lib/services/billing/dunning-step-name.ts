import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { dunningPlans, dunningSteps } from '@/db/schema';
import { effectiveDunningSteps, type DunningAction } from '@/lib/billing/dunning';

/**
 * A name for each step of a reminder process, after what it does: `remind-1`, `remind-2`,
 * `suspend`, `warn`, `terminate` (a second step of another kind gets a number too, `suspend-2`),
 * so that a billing-cycle run reads like the term's timeline.
 */
export function dunningStepNames(actions: DunningAction[]): string[] {
  const seen = new Map<DunningAction, number>();
  return actions.map((action) => {
    const n = (seen.get(action) ?? 0) + 1;
    seen.set(action, n);
    return action === 'remind' || n > 1 ? `${action}-${n}` : action;
  });
}

/**
 * The name of the step at `position` of a reminder process, as the engine runs it (the effective
 * steps: "suspend instead of remind" applied). A position the process no longer has (it was
 * edited) is named by its number; the engine skips it.
 */
export async function dunningStepName(dunningPlanId: string | null, position: number): Promise<string> {
  const fallback = `step-${position + 1}`;
  if (!dunningPlanId) return fallback;
  const [plan] = await db.select().from(dunningPlans).where(eq(dunningPlans.id, dunningPlanId));
  if (!plan) return fallback;
  const steps = await db.select().from(dunningSteps).where(eq(dunningSteps.dunningPlanId, plan.id)).orderBy(asc(dunningSteps.position));
  const effective = effectiveDunningSteps({
    steps: steps.map((s) => ({ daysAfterDue: s.daysAfterDue, action: s.action, fees: s.fees })),
    suspendInsteadOfRemind: plan.suspendInsteadOfRemind,
    endAfterDays: plan.endAfterDays,
  });
  return dunningStepNames(effective.map((s) => s.action))[position] ?? fallback;
}
