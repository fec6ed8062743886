'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { saveShopSwitch } from '@/lib/services/settings/save-shop-switch';
import { vatOssRegisteredSchema } from '@/lib/validations/vat-settings';

/**
 * Staff with settings:write say whether the shop is registered for OSS: consumers in other EU
 * countries are then charged their own country's VAT on digital goods (audited).
 */
export const saveVatOssRegisteredAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: vatOssRegisteredSchema, revalidate: ['/dashboard/settings'] },
  async (input, { viewer }) => {
    const saved = await saveShopSwitch({ key: 'vatOssRegistered', value: input.vatOssRegistered, staffUserId: viewer.userId });
    if (!saved.changed) return { notice: 'Nothing changed.' };
    return {
      notice: input.vatOssRegistered
        ? 'Registered for OSS: consumers in other EU countries are charged their country’s VAT on digital goods from the next invoice on.'
        : 'Not registered for OSS: consumers in other EU countries are charged the shop’s own VAT (or, from Norway, invoiced as an export) from the next invoice on.',
    };
  },
);
