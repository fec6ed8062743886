'use server';

import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { formObject } from '@/lib/actions/action-state';
import { saveOrderPaymentSettings } from '@/lib/services/settings/save-order-payment-settings';
import { orderPaymentSettingsSchema } from '@/lib/validations/order-payment-settings';

/** Staff with settings:write set the payment methods, pay-by-invoice access, the credit check and passwords. */
export const saveOrderPaymentSettingsAction = merchantAction(
  {
    to: 'change the shop settings',
    permission: 'settings:write',
    schema: orderPaymentSettingsSchema,
    // The payment methods are checkboxes: every ticked one is a value of the same field.
    form: (formData) => {
      const values = formObject(formData);
      return { input: { ...values, enabledPaymentMethods: formData.getAll('enabledPaymentMethods') }, values };
    },
    revalidate: ['/dashboard/settings', '/checkout/details'],
  },
  async (input, { viewer }) => {
    const saved = await saveOrderPaymentSettings({ ...input, staffUserId: viewer.userId });
    if (!saved.ok) return saved.error;
    return { notice: manageCode(saved.value.changed ? 'saved' : 'nothingChanged') };
  },
);
