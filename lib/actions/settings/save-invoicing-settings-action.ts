'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { saveInvoicingSettings } from '@/lib/services/settings/save-invoicing-settings';
import { invoicingSettingsSchema } from '@/lib/validations/invoicing-settings';

/** Staff with settings:write set the time zone, invoice series and prefix, and payment terms (audited). */
export const saveInvoicingSettingsAction = merchantAction(
  { to: 'change the shop settings', permission: 'settings:write', schema: invoicingSettingsSchema, revalidate: ['/dashboard', '/dashboard/settings'] },
  async (input, { viewer }) => {
    const saved = await saveInvoicingSettings({ ...input, staffUserId: viewer.userId });
    if (!saved.ok) return saved.error;
    return { notice: manageCode(saved.value.changed ? 'invoicingSaved' : 'nothingChanged') };
  },
);
