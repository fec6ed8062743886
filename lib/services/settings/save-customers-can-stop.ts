import { saveShopSwitch } from './save-shop-switch';

/**
 * Staff let customers stop their subscriptions on Min Side, or not (for the whole shop; each
 * customer can also be forbidden on their own). Audited; an unchanged value writes nothing.
 */
export async function saveCustomersCanStop(input: { customersCanStop: boolean; staffUserId: string }): Promise<{ changed: boolean }> {
  return saveShopSwitch({ key: 'customersCanStop', value: input.customersCanStop, staffUserId: input.staffUserId });
}
