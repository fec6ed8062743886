'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveVatOssRegisteredAction } from '@/lib/actions/settings/save-vat-oss-registered-action';

/**
 * Settings → VAT: whether the shop is registered for the One-Stop Shop (OSS), which decides whose
 * VAT EU consumers pay, and whether the prices entered in the catalog include VAT.
 */
export function VatOssForm({ vatOssRegistered, pricesIncludeVat }: { vatOssRegistered: boolean; pricesIncludeVat: boolean }) {
  const [state, action] = useActionState(saveVatOssRegisteredAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="vat-oss-form">
      <FormAlert state={state} />
      <label>
        Registered for OSS (the EU One-Stop Shop; for a Norwegian shop, the non-Union scheme)
        <select name="vatOssRegistered" defaultValue={vatOssRegistered ? 'true' : 'false'} data-testid="vat-oss-registered">
          <option value="true">Registered: consumers in other EU countries pay their country’s VAT</option>
          <option value="false">Not registered</option>
        </select>
      </label>
      <label>
        Prices you enter for plans and shipping
        <select name="pricesIncludeVat" defaultValue={pricesIncludeVat ? 'true' : 'false'} data-testid="vat-prices-include-vat">
          <option value="true">Include VAT: customers pay the price shown</option>
          <option value="false">Exclude VAT: VAT is added on top (invoices state net prices)</option>
        </select>
      </label>
      <SubmitButton testId="vat-oss-save">Save</SubmitButton>
    </form>
  );
}
