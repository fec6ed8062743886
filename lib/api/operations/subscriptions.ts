import { IdParams } from '../schemas/common';
import { Subscription, SubscriptionCancel, SubscriptionList, SubscriptionListQuery } from '../schemas/billing';
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
