'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionState } from '@/lib/actions/action-state';
import { saveVatOssRegisteredAction } from '@/lib/actions/settings/save-vat-oss-registered-action';
import type { SettingsTexts } from './settings-texts';

/**
 * Settings → VAT: whether the shop is registered for the One-Stop Shop (OSS), which decides whose
 * VAT EU consumers pay, and whether the prices entered in the catalog include VAT.
 */
export function VatOssForm({
  vatOssRegistered,
  pricesIncludeVat,
  texts,
}: {
  vatOssRegistered: boolean;
  pricesIncludeVat: boolean;
  texts: SettingsTexts<'save' | 'vatOssRegistered' | 'ossYes' | 'ossNo' | 'pricesIncludeVat' | 'pricesGross' | 'pricesNet'>;
}) {
  const [state, action] = useActionState(saveVatOssRegisteredAction, initialActionState);
  return (
    <form action={action} className="stack" data-testid="vat-oss-form">
      <FormAlert state={state} />
      <label>
        {texts.vatOssRegistered}
        <select name="vatOssRegistered" defaultValue={vatOssRegistered ? 'true' : 'false'} data-testid="vat-oss-registered">
          <option value="true">{texts.ossYes}</option>
          <option value="false">{texts.ossNo}</option>
        </select>
      </label>
      <label>
        {texts.pricesIncludeVat}
        <select name="pricesIncludeVat" defaultValue={pricesIncludeVat ? 'true' : 'false'} data-testid="vat-prices-include-vat">
          <option value="true">{texts.pricesGross}</option>
          <option value="false">{texts.pricesNet}</option>
        </select>
      </label>
      <SubmitButton testId="vat-oss-save">{texts.save}</SubmitButton>
    </form>
  );
}
