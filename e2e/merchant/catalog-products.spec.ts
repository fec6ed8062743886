import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  catalogTestIds as ids,
  couponFieldTestId,
  couponPlanTestId,
  planFieldTestId,
  productFieldTestId,
  variantTestId,
} from '../../components/catalog/test-ids';
import { payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/** Adds a plan to the product whose page is open, for one of its variants; back on the product page. */
async function addPlan(page: Page, plan: { name: string; code: string; price: string; unit: 'month' | 'year'; variant: string; offer?: [string, string] }) {
  const productUrl = page.url();
  await page.getByTestId(ids.newPlanLink).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/plans\/new\?product=/);
  await page.getByTestId(planFieldTestId('name')).fill(plan.name);
  await page.getByTestId(planFieldTestId('code')).fill(plan.code);
  await page.getByTestId(planFieldTestId('price')).fill(plan.price);
  await page.getByTestId(planFieldTestId('intervalUnit')).selectOption(plan.unit);
  await page.getByTestId(planFieldTestId('variantId')).selectOption({ label: plan.variant });
  if (plan.offer) {
    await page.getByTestId(planFieldTestId('offerPrice')).fill(plan.offer[0]);
    await page.getByTestId(planFieldTestId('offerTerms')).fill(plan.offer[1]);
  }
  await page.getByTestId(ids.planSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId(planFieldTestId('variantId'))).toHaveValue(/[0-9a-f-]{36}/);
  await page.goto(productUrl);
}

test('a merchant sells a product in two variants with a coupon; a visitor picks a variant, sees the saving and checks out with the code', async ({
  page,
  browser,
}) => {
  // A merchant's whole afternoon and a visitor's checkout in one story: more steps than most specs.
  test.setTimeout(180_000);
  const tag = `${Date.now()}`.slice(-8);
  const slug = `loom-${tag}`;
  const couponCode = `LOOM${tag}`;
  await signInWithPassword(page, MERCHANT, '/dashboard/catalog');

  // A digital product (no shipping) with two variants.
  await page.getByTestId(ids.newProductLink).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/products\/new$/);
  await page.getByTestId(productFieldTestId('name')).fill(`Loom ${tag}`);
  await page.getByTestId(productFieldTestId('slug')).fill(slug);
  await page.getByTestId(variantTestId(0, 'name')).fill('Print');
  await page.getByTestId(variantTestId(1, 'name')).fill('Digital');
  await page.getByTestId(ids.productSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/products\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId(variantTestId(0, 'name'))).toHaveValue('Digital');
  await expect(page.getByTestId(variantTestId(1, 'name'))).toHaveValue('Print');
  const productUrl = page.url();

  // Its address again, for another product: refused beside the field, nothing written.
  await page.goto('/dashboard/catalog/products/new');
  await page.getByTestId(productFieldTestId('name')).fill('Copy');
  await page.getByTestId(productFieldTestId('slug')).fill(slug);
  await page.getByTestId(ids.productSubmit).click();
  await expect(page.getByTestId('field-error-slug')).toHaveText(`Another product already has the web address "${slug}". Choose another.`);
  await page.goto(productUrl);

  await addPlan(page, { name: 'Print, monthly', code: `loom-${tag}-print-monthly`, price: '10', unit: 'month', variant: 'Print' });
  await addPlan(page, { name: 'Print, yearly', code: `loom-${tag}-print-yearly`, price: '100', unit: 'year', variant: 'Print' });
  await addPlan(page, { name: 'Digital, monthly', code: `loom-${tag}-digital-monthly`, price: '5', unit: 'month', variant: 'Digital', offer: ['1', '2'] });

  // The catalog lists the plans under their product, each with its variant.
  await page.goto('/dashboard/catalog');
  const product = page.getByTestId(ids.productSection).filter({ has: page.getByRole('heading', { name: `Loom ${tag}` }) });
  await expect(product.getByTestId(ids.planRow).filter({ hasText: `loom-${tag}-print-yearly` }).getByTestId(ids.planVariant)).toHaveText('Print');

  // A coupon of 150 % is refused beside the field; 20 % off the first term of the yearly print plan is saved.
  await page.getByTestId(ids.newCouponLink).click();
  await page.getByTestId(couponFieldTestId('code')).fill(couponCode.toLowerCase());
  await page.getByTestId(couponFieldTestId('percentOff')).fill('150');
  await page.getByTestId(couponPlanTestId(`loom-${tag}-print-yearly`)).check();
  await page.getByTestId(ids.couponSubmit).click();
  await expect(page.getByTestId('field-error-percentOff')).toContainText('from 1 to 100');
  await expect(page.getByTestId(couponPlanTestId(`loom-${tag}-print-yearly`))).toBeChecked();
  await page.getByTestId(couponFieldTestId('percentOff')).fill('20');
  await page.getByTestId(couponFieldTestId('maxRedemptionsPerCustomer')).fill('1');
  await page.getByTestId(ids.couponSubmit).click();
  await expect(page).toHaveURL(/\/dashboard\/catalog\/coupons\/[0-9a-f-]{36}$/);
  await page.goto('/dashboard/catalog');
  await expect(page.getByTestId(ids.couponRow).filter({ hasText: couponCode })).toContainText('20 % off');

  // A visitor, in a browser of their own.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/plans/${slug}`);
  const print = visitor.getByTestId('variant-Print');
  const digital = visitor.getByTestId('variant-Digital');
  await expect(visitor.getByRole('group', { name: 'Print', exact: true })).toBeVisible();
  await expect(print.getByTestId(`plan-option-loom-${tag}-print-monthly`)).toContainText('€10.00 every month');
  await expect(print.getByTestId(`plan-option-loom-${tag}-print-yearly`).getByTestId('plan-saving')).toHaveText('save 16% vs paying every month');
  const intro = digital.getByTestId(`plan-option-loom-${tag}-digital-monthly`);
  await expect(intro.getByTestId('plan-regular-price')).toHaveText('€5.00');
  await expect(intro).toContainText('€1.00 every month for the first 2 payments, then €5.00 every month');

  await print.getByTestId(`plan-option-loom-${tag}-print-yearly`).getByRole('radio').check();
  await visitor.getByTestId('add-to-cart').click();
  await expect(visitor).toHaveURL(/\/cart$/);
  await expect(visitor.getByTestId('total')).toHaveText('€100.00');
  await visitor.getByTestId('coupon-code').fill(couponCode.toLowerCase());
  await visitor.getByTestId('apply-coupon').click();
  await expect(visitor.getByTestId('coupon-applied')).toContainText(couponCode);
  await expect(visitor.getByTestId('line-discount')).toContainText('-€20.00');
  await expect(visitor.getByTestId('total')).toHaveText('€80.00');

  await registerAtCheckout(visitor, uniqueEmail('loom'));
  await payWithIdeal(visitor, '€80.00');
  await visitor.getByTestId('test-pay-pay').click();
  await expect(visitor.getByTestId('thank-you')).toBeVisible();
  await expect(visitor.getByTestId('thank-you-text')).toContainText(`Loom ${tag} — Print, yearly`);
});

test('the demo’s magazine shows its three versions, each with its yearly saving and the digital introductory price', async ({ page }) => {
  await page.goto('/plans/atelier');
  for (const [variant, code] of [
    ['Digital', 'atelier-digital-yearly'],
    ['Print', 'atelier-print-yearly'],
    ['Print + digital', 'atelier-print-digital-yearly'],
  ] as const) {
    await expect(page.getByTestId(`variant-${variant}`).getByTestId(`plan-option-${code}`).getByTestId('plan-saving')).toHaveText(
      'save 17% vs paying every month',
    );
  }
  await expect(page.getByTestId('plan-option-atelier-digital-monthly').getByTestId('plan-regular-price')).toHaveText('€6.99');

  // The variant groups, the saving and the struck price keep the page accessible.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
