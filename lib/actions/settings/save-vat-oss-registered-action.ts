'use server';

import { manageCode, manageLocalizer } from '@/lib/i18n/manage-messages';
import { requestLocale } from '@/lib/actions/request-locale';
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
    // Two changes answer with two sentences: rendered here, as one code renders one message.
    const text = manageLocalizer(await requestLocale()).text;
    const notices: string[] = [];
    if (changed.vatOssRegistered) notices.push(text(manageCode(input.vatOssRegistered ? 'ossOn' : 'ossOff')));
    if (changed.pricesIncludeVat) notices.push(text(manageCode(input.pricesIncludeVat ? 'pricesGross' : 'pricesNet')));
    return { notice: notices.length > 0 ? notices.join(' ') : manageCode('nothingChanged') };
  },
);
