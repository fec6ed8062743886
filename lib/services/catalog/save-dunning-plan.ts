import { asc, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { dunningPlans, dunningSteps, plans } from '@/db/schema';
import { validateDunningPlan, type DunningStep } from '@/lib/billing/dunning';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { manageCode } from '@/lib/i18n/manage-messages';
import { billingProblemCode } from '@/lib/validations/catalog-problem-codes';
import { catalogError, type CatalogSaveError } from './catalog-save-error';
import { dunningProblemField } from './dunning-problem-field';

export type SaveDunningPlanInput = {
  /** null for a new process. */
  id: string | null;
  name: string;
  suspendInsteadOfRemind: boolean;
  endAfterDays: number;
  /** In order; fees per ISO currency in minor units. */
  steps: DunningStep[];
};

/**
 * Creates a reminder process, or replaces an existing one's settings and steps, in one
 * transaction. The steps are checked by the billing core against the currencies of the plans
 * using the process; nothing is written when they do not hold.
 *
 * NOTE: an unpaid invoice already in dunning keeps its cursor (the position of its next step and
 * that step's date); from there it follows the new steps, and a position it has already applied
 * is never applied again (billing_actions).
 */
export async function saveDunningPlan(
  input: SaveDunningPlanInput,
  actor: { staffUserId: string },
): Promise<Result<{ id: string; created: boolean }, CatalogSaveError>> {
  return db.transaction(async (tx) => {
    if (input.id) {
      // NOTE: locked first, like savePlan does before reading the currencies: a plan moved onto
      // this process at the same time is either seen here or sees these steps.
      const [row] = await tx.select({ id: dunningPlans.id }).from(dunningPlans).where(eq(dunningPlans.id, input.id)).for('update');
      if (!row) return err(catalogError(manageCode('reminderProcessGone')));
    }
    const currencies = input.id ? await planCurrencies(tx, input.id) : [];
    const valid = validateDunningPlan(
      { steps: input.steps, suspendInsteadOfRemind: input.suspendInsteadOfRemind, endAfterDays: input.endAfterDays },
      currencies,
    );
    if (!valid.ok) return err(catalogError(billingProblemCode(valid.error), dunningProblemField(valid.error)));

    const settings = { name: input.name, suspendInsteadOfRemind: input.suspendInsteadOfRemind, endAfterDays: input.endAfterDays };
    const before = input.id ? await dunningPlanAuditState(tx, input.id) : null;
    let id: string;
    if (input.id) {
      id = input.id;
      await tx.update(dunningPlans).set(settings).where(eq(dunningPlans.id, id));
      await tx.delete(dunningSteps).where(eq(dunningSteps.dunningPlanId, id));
    } else {
      const [created] = await tx.insert(dunningPlans).values(settings).returning({ id: dunningPlans.id });
      id = created!.id;
    }
    if (input.steps.length > 0) {
      await tx.insert(dunningSteps).values(
        input.steps.map((step, position) => ({
          dunningPlanId: id,
          position,
          daysAfterDue: step.daysAfterDue,
          action: step.action,
          fees: step.fees,
        })),
      );
    }
    await recordAudit(tx, {
      actorUserId: actor.staffUserId,
      action: input.id ? 'dunning-plan.update' : 'dunning-plan.create',
      record: { type: 'dunning-plan', id },
      before,
      after: await dunningPlanAuditState(tx, id),
    });
    return ok({ id, created: input.id === null });
  });
}

/** A reminder process as the audit log keeps it: its settings and its steps in order. */
async function dunningPlanAuditState(tx: Tx, id: string) {
  const [plan] = await tx.select().from(dunningPlans).where(eq(dunningPlans.id, id));
  const steps = await tx
    .select({ daysAfterDue: dunningSteps.daysAfterDue, action: dunningSteps.action, fees: dunningSteps.fees })
    .from(dunningSteps)
    .where(eq(dunningSteps.dunningPlanId, id))
    .orderBy(asc(dunningSteps.position));
  return { ...plan, steps };
}

/** The currencies of every plan (active or not: their subscriptions still run) using the process. */
async function planCurrencies(tx: Tx, dunningPlanId: string): Promise<string[]> {
  const rows = await tx.selectDistinct({ currency: plans.currency }).from(plans).where(eq(plans.dunningPlanId, dunningPlanId));
  return rows.map((row) => row.currency);
}
