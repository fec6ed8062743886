'use client';

import { useActionState, type ReactNode } from 'react';
import { FieldError, FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { saveProductAction } from '@/lib/actions/catalog/save-product-action';
import type { CatalogFormState } from '@/lib/actions/catalog/save-plan-action';
import { CATALOG_NAME_MAX } from '@/lib/validations/catalog';
import { PRODUCT_KINDS, PRODUCT_SLUG_MAX, VARIANT_ROWS_MAX, variantField } from '@/lib/validations/catalog-products';
import { type ProductFormText } from './catalog-texts';
import { catalogTestIds, productFieldTestId, variantTestId } from './test-ids';

const initialState: CatalogFormState = {};

type Texts = Record<ProductFormText, string>;
/** Empty variant rows offered below the existing ones. */
const BLANK_ROWS = 3;

/**
 * A product: its name, web address and kind, and its variants (edition, size, print + digital).
 * Without variants it is a simple product; each variant gets plans and prices of its own.
 */
export function ProductForm({ productId, initial, texts }: { productId: string | null; initial: Record<string, string>; texts: Texts }) {
  const [state, action] = useActionState(saveProductAction, initialState);
  const values = state.values ?? initial;
  let filled = 0;
  while (values[variantField(filled, 'name')] !== undefined || values[variantField(filled, 'id')] !== undefined) filled += 1;
  const rows = Math.min(VARIANT_ROWS_MAX, filled + BLANK_ROWS);

  const text = (name: string, label: ReactNode, extra: { width?: string; maxLength?: number } = {}) => (
    <label style={{ width: extra.width }}>
      {label}
      <input
        name={name}
        defaultValue={values[name] ?? ''}
        maxLength={extra.maxLength}
        autoComplete="off"
        aria-invalid={Boolean(state.fieldErrors?.[name])}
        data-testid={productFieldTestId(name)}
      />
      <FieldError state={state} name={name} />
    </label>
  );

  return (
    <form key={JSON.stringify(values)} action={action} className="stack" data-testid={catalogTestIds.productForm} noValidate>
      <FormAlert state={state} testId={catalogTestIds.productError} />
      {productId && <input type="hidden" name="id" value={productId} />}
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <div style={{ flex: '1 1 16rem' }}>{text('name', texts.name, { maxLength: CATALOG_NAME_MAX })}</div>
        {text('slug', texts.slug, { width: '16rem', maxLength: PRODUCT_SLUG_MAX })}
        <label style={{ width: '10rem' }}>
          {texts.kind}
          <select name="kind" defaultValue={values.kind ?? 'digital'} data-testid={productFieldTestId('kind')}>
            {PRODUCT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {texts[`kind_${kind}`]}
              </option>
            ))}
          </select>
          <FieldError state={state} name="kind" />
        </label>
      </div>
      <label>
        {texts.description}
        <textarea name="description" rows={3} defaultValue={values.description ?? ''} data-testid={productFieldTestId('description')} />
        <FieldError state={state} name="description" />
      </label>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <strong>{texts.variants}</strong>{' '}
          <span className="muted">{texts.variantsHint}</span>
        </legend>
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="row" style={{ alignItems: 'flex-start' }}>
            <input type="hidden" name={variantField(row, 'id')} value={values[variantField(row, 'id')] ?? ''} />
            <label style={{ flex: '1 1 14rem' }}>
              {texts.variant} {row + 1}
              <input
                name={variantField(row, 'name')}
                defaultValue={values[variantField(row, 'name')] ?? ''}
                maxLength={CATALOG_NAME_MAX}
                autoComplete="off"
                aria-invalid={Boolean(state.fieldErrors?.[variantField(row, 'name')])}
                data-testid={variantTestId(row, 'name')}
              />
              <FieldError state={state} name={variantField(row, 'name')} />
            </label>
            <label style={{ width: '12rem' }}>
              {texts.skuOptional}
              <input
                name={variantField(row, 'sku')}
                defaultValue={values[variantField(row, 'sku')] ?? ''}
                maxLength={CATALOG_NAME_MAX}
                autoComplete="off"
                data-testid={variantTestId(row, 'sku')}
              />
              <FieldError state={state} name={variantField(row, 'sku')} />
            </label>
          </div>
        ))}
        <FieldError state={state} name="variants" />
      </fieldset>

      <label className="inline">
        <input type="checkbox" name="active" defaultChecked={values.active === 'on'} data-testid={productFieldTestId('active')} />
        {texts.active}
      </label>
      <div>
        <SubmitButton testId={catalogTestIds.productSubmit}>{productId ? texts.saveProduct : texts.createProduct}</SubmitButton>
      </div>
    </form>
  );
}
