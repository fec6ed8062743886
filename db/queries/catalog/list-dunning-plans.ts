import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { dunningPlans, dunningSteps, plans } from '@/db/schema';
import type { DunningAction } from '@/lib/billing/dunning';

export type DunningStepView = { daysAfterDue: number; action: DunningAction; fees: Record<string, number> };

export type DunningPlanListRow = {
  id: string;
  name: string;
  suspendInsteadOfRemind: boolean;
  endAfterDays: number;
  steps: DunningStepView[];
  /** How many plans (active or not) use the process. */
  planCount: number;
};

/** Every reminder process with its steps in order and how many plans use it. */
export async function listDunningPlans(): Promise<DunningPlanListRow[]> {
  const [rows, steps, users] = await Promise.all([
    db.select().from(dunningPlans).orderBy(asc(dunningPlans.createdAt), asc(dunningPlans.name)),
    db.select().from(dunningSteps).orderBy(asc(dunningSteps.dunningPlanId), asc(dunningSteps.position)),
    db.select({ dunningPlanId: plans.dunningPlanId }).from(plans).innerJoin(dunningPlans, eq(dunningPlans.id, plans.dunningPlanId)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    suspendInsteadOfRemind: row.suspendInsteadOfRemind,
    endAfterDays: row.endAfterDays,
    steps: steps
      .filter((step) => step.dunningPlanId === row.id)
      .map((step) => ({ daysAfterDue: step.daysAfterDue, action: step.action, fees: step.fees })),
    planCount: users.filter((user) => user.dunningPlanId === row.id).length,
  }));
}
