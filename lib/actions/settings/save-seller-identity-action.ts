'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { manageCode } from '@/lib/i18n/manage-messages';
import { merchantAction } from '@/lib/actions/safe-action';
import { hasPermission } from '@/lib/auth/permissions';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { saveSellerIdentity } from '@/lib/services/settings/save-seller-identity';
import { sellerIdentitySchema, type SellerIdentityInput } from '@/lib/validations/seller-identity';

export type SellerIdentityFormState = ActionState & { values?: Record<string, string> };

/**
 * Staff with settings:write save the shop's legal identity; the bank account customers pay to
 * only the owner (provider-settings:write) may change, which the service checks against what is
 * saved, so a forged form is refused the same as a typed one.
 */
export const saveSellerIdentityAction = merchantAction(
  {
    to: 'change the shop settings',
    permission: 'settings:write',
    schema: sellerIdentitySchema,
    keepValues: true,
    revalidate: ['/dashboard/settings'],
  },
  async (input: SellerIdentityInput, { viewer }): Promise<SellerIdentityFormState | DomainErrorShape> => {
    const saved = await saveSellerIdentity(input, {
      staffUserId: viewer.userId,
      mayChangeBankAccount: hasPermission(viewer.role, 'provider-settings:write'),
    });
    if (!saved.ok) return saved.error;
    return { notice: manageCode(saved.value.changed ? 'identitySaved' : 'nothingChanged') };
  },
);
