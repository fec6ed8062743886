import { IdParams } from '../schemas/common';
import { Subscription, SubscriptionCancel, SubscriptionList, SubscriptionListQuery } from '../schemas/billing';
import { PlanChange, PlanChangePreview, PlanChangePreviewRequest, PlanChangeRequest, SubscriptionCreate, SubscriptionPause, SubscriptionResume, SubscriptionUpdate } from '../schemas/subscription-changes';
import { defineOperation } from '../operation';

export const listSubscriptions = defineOperation({
  method: 'get', path: '/subscriptions', operationId: 'listSubscriptions', tag: 'Subscriptions', scope: 'read',
  summary: 'List subscriptions', query: SubscriptionListQuery,
  response: { status: 200, description: 'A page of subscriptions.', schema: SubscriptionList },
  errors: [400],
});

export const getSubscription = defineOperation({
  method: 'get', path: '/subscriptions/{id}', operationId: 'getSubscription', tag: 'Subscriptions', scope: 'read',
  summary: 'Retrieve a subscription', params: IdParams,
  response: { status: 200, description: 'The subscription.', schema: Subscription },
  errors: [404],
});

export const cancelSubscription = defineOperation({
  method: 'post', path: '/subscriptions/{id}/cancel', operationId: 'cancelSubscription', tag: 'Subscriptions', scope: 'write',
  summary: 'Cancel a subscription',
  description:
    '`at: period_end` stops it at the end of the running term (the customer is told by e-mail); refused (409) when it is not running, already stopping, inside a commitment, or its next term is already invoiced. `at: now` ends it at once and credits what was paid and not used.',
  params: IdParams, body: SubscriptionCancel,
  response: { status: 200, description: 'The subscription as it is now.', schema: Subscription },
  errors: [403, 404, 409, 422],
});

export const createSubscription = defineOperation({
  method: 'post', path: '/subscriptions', operationId: 'createSubscription', tag: 'Subscriptions', scope: 'write',
  summary: 'Start a subscription',
  description:
    'Starts the plan for the customer at once, priced as at checkout (VAT for the customer, the coupon). Its first invoice is charged on the stored payment method or e-mailed (`collection`); a plan with a free trial starts trialing without one. Refused (422) for a plan not sold, a coupon that does not apply, `charge_automatically` without a stored method, or a shipped plan without a valid `shipping_method`. When its first invoice is paid (charged, by transfer or the pay link), the order is paid as a checkout’s.',
  body: SubscriptionCreate,
  response: { status: 201, description: 'The new subscription.', schema: Subscription },
  errors: [403, 404, 422],
});

export const pauseSubscription = defineOperation({
  method: 'post', path: '/subscriptions/{id}/pause', operationId: 'pauseSubscription', tag: 'Subscriptions', scope: 'write',
  summary: 'Pause a subscription',
  description: 'Pauses from the end of the paid term, for `terms` terms or until resumed (the customer is e-mailed). Refused (409) when it is not active, past due, already pausing, stopping, or its next term is already invoiced.',
  params: IdParams, body: SubscriptionPause,
  response: { status: 200, description: 'The subscription as it is now.', schema: Subscription },
  errors: [403, 404, 409, 422],
});

export const resumeSubscription = defineOperation({
  method: 'post', path: '/subscriptions/{id}/resume', operationId: 'resumeSubscription', tag: 'Subscriptions', scope: 'write',
  summary: 'Resume a subscription',
  description: 'Ends a running pause now (the next term starts and is invoiced at once), or calls off a pause not begun yet. Refused (409) when it is not paused or pausing.',
  params: IdParams, body: SubscriptionResume,
  response: { status: 200, description: 'The subscription as it is now.', schema: Subscription },
  errors: [403, 404, 409],
});

export const previewSubscriptionPlanChange = defineOperation({
  method: 'post', path: '/subscriptions/{id}/plan_change_preview', operationId: 'previewSubscriptionPlanChange', tag: 'Subscriptions', scope: 'read',
  summary: 'Preview a change of plan or quantity',
  description: 'What the change would do now, without changing anything: when it takes effect and, for an upgrade, the proration invoice’s lines and total. Confirm it with `POST /subscriptions/{id}/plan_change` and this `total` as `expected_total`.',
  params: IdParams, body: PlanChangePreviewRequest,
  response: { status: 200, description: 'The preview.', schema: PlanChangePreview },
  errors: [404, 409, 422],
});

export const changeSubscriptionPlan = defineOperation({
  method: 'post', path: '/subscriptions/{id}/plan_change', operationId: 'changeSubscriptionPlan', tag: 'Subscriptions', scope: 'write',
  summary: 'Change the plan or quantity',
  description:
    'An upgrade applies now and its proration is invoiced (charged on the stored method, else e-mailed); any other change is scheduled for the next term. Refused (409 `preview_changed`) when the amount due now differs from `expected_total` (a day passed, a price changed): preview again.',
  params: IdParams, body: PlanChangeRequest,
  response: { status: 200, description: 'The change.', schema: PlanChange },
  errors: [403, 404, 409, 422],
});

export const updateSubscription = defineOperation({
  method: 'patch', path: '/subscriptions/{id}', operationId: 'updateSubscription', tag: 'Subscriptions', scope: 'write',
  summary: 'Update a subscription',
  description:
    'Changes what needs no plan change: `collection` (charge automatically or send invoices, for invoices issued from now on) and `cancel_at_period_end: false` (undoes a stop at the term’s end). A change of `plan` or `quantity` is refused (422 `use_plan_change`): preview it with `POST /subscriptions/{id}/plan_change_preview` and make it with `POST /subscriptions/{id}/plan_change`. Refused (409) when the subscription has ended or no stop is scheduled to undo; nothing is changed when any part is refused.',
  params: IdParams, body: SubscriptionUpdate,
  response: { status: 200, description: 'The subscription as it is now.', schema: Subscription },
  errors: [403, 404, 409, 422],
});
