'use server';

import { merchantAction } from '@/lib/actions/safe-action';
import { saveVatSettings } from '@/lib/services/settings/save-vat-settings';
import { vatSettingsSchema } from '@/lib/validations/vat-settings';

/**
 * Staff with settings:write save Settings → VAT: whether the shop is registered for OSS
 * (consumers in other EU countries are then charged their own country's VAT on digital goods)
 * and whether the prices they enter include VAT (audited).
 */
export const saveVatOssRegisteredAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: vatSettingsSchema, revalidate: ['/dashboard/settings', '/dashboard/catalog'] },
  async (input, { viewer }) => {
    const changed = await saveVatSettings({ ...input, staffUserId: viewer.userId });
    const notices: string[] = [];
    if (changed.vatOssRegistered) {
      notices.push(
        input.vatOssRegistered
          ? 'Registered for OSS: consumers in other EU countries are charged their country’s VAT on digital goods from the next invoice on.'
          : 'Not registered for OSS: consumers in other EU countries are charged the shop’s own VAT (or, from Norway, invoiced as an export) from the next invoice on.',
      );
    }
    if (changed.pricesIncludeVat) {
      notices.push(
        input.pricesIncludeVat
          ? 'Prices include VAT: what a customer is shown is what they pay, from the next order, renewal and plan change on. Invoices already issued keep their amounts.'
          : 'Prices exclude VAT: VAT is added to every price from the next order, renewal and plan change on. Invoices already issued keep their amounts.',
      );
    }
    return { notice: notices.length > 0 ? notices.join(' ') : 'Nothing changed.' };
  },
);
