'use server';

import { redirect } from 'next/navigation';
import { formObject } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-messages';
import { saveProduct } from '@/lib/services/catalog/save-product';
import { productFormInput, productSchema } from '@/lib/validations/catalog-products';
import type { CatalogFormState } from './save-plan-action';

/**
 * Merchant staff only: saves a product and its variants (an `id` in the form edits that product).
 * Blank new variant rows are ignored; a new product opens its own page, to add its plans.
 */
export const saveProductAction = merchantAction(
  {
    to: 'change the catalog',
    permission: 'catalog:write',
    schema: productSchema,
    form: (formData) => {
      const { candidate, values } = productFormInput(formObject(formData));
      return { input: candidate, values };
    },
    keepValues: true,
    revalidate: (input) => ['/dashboard/catalog', ...(input.id ? [`/dashboard/catalog/products/${input.id}`] : [])],
  },
  async (input, { viewer }): Promise<CatalogFormState> => {
    const saved = await saveProduct(input, { staffUserId: viewer.userId });
    if (!saved.ok) return { error: saved.error.message, fieldErrors: saved.error.fieldErrors };
    if (saved.value.created) redirect(`/dashboard/catalog/products/${saved.value.id}`);
    return { notice: manageCode('productSaved') };
  },
);
