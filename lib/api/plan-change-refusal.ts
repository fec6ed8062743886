import type { PlanChangeError } from '@/lib/services/subscriptions/plan-change-errors';
import type { ApiError } from './api-error';
import { serviceRefusal } from './service-refusal';

/** A plan change's refusals: about the chosen plan or quantity 422, about the subscription's state 409. */
export const planChangeRefusal = (error: PlanChangeError): ApiError =>
  serviceRefusal(error, {
    what: 'subscription',
    unprocessable: ['plan_not_offered', 'bad_quantity', 'no_change', 'other_product', 'other_currency', 'vat'],
    fields: { planId: 'plan' },
  });
