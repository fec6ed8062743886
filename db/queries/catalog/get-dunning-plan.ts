import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { dunningPlans, dunningSteps, plans, type DunningPlanRow } from '@/db/schema';
import type { DunningStepView } from './list-dunning-plans';

export type DunningPlanDetail = DunningPlanRow & {
  steps: DunningStepView[];
  /** The plans using the process, and the currencies they are priced in (sorted). */
  plans: { id: string; code: string; name: string; currency: string }[];
  currencies: string[];
};

/** One reminder process with its steps in order and the plans using it; null when unknown. */
export async function getDunningPlan(id: string): Promise<DunningPlanDetail | null> {
  const [row] = await db.select().from(dunningPlans).where(eq(dunningPlans.id, id)).limit(1);
  if (!row) return null;
  const [steps, users] = await Promise.all([
    db.select().from(dunningSteps).where(eq(dunningSteps.dunningPlanId, id)).orderBy(asc(dunningSteps.position)),
    db
      .select({ id: plans.id, code: plans.code, name: plans.name, currency: plans.currency })
      .from(plans)
      .where(eq(plans.dunningPlanId, id))
      .orderBy(asc(plans.code)),
  ]);
  return {
    ...row,
    steps: steps.map((step) => ({ daysAfterDue: step.daysAfterDue, action: step.action, fees: step.fees })),
    plans: users,
    currencies: [...new Set(users.map((user) => user.currency))].sort(),
  };
}
