import * as catalog from './catalog';
import * as customers from './customers';
import * as invoices from './invoices';
import * as others from './others';
import * as subscriptions from './subscriptions';

/** Every operation of /api/v1: the OpenAPI document lists these, and a test checks each has a route. */
export const OPERATIONS = { ...customers, ...subscriptions, ...catalog, ...invoices, ...others };
