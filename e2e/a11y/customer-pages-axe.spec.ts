import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { customerPageRoutes } from '../support/customer-pages';
import { payLinkPath } from '../../lib/services/payments/pay-link';
import { readDatabase } from '../support/e2e-database';

/** The impacts this suite refuses: a serious or critical barrier for someone using the page. */
const REFUSED = new Set(['serious', 'critical']);

/** `email`: the customer this pass signed up as (a new one, with an order, an invoice and a subscription). */
type Visit = { who: 'visitor' | 'customer'; url: (page: Page, email: string) => Promise<string | null> };
const fixed = (who: Visit['who'], url: string): Visit => ({ who, url: async () => url });

async function orderOf(email: string, statuses: string[]): Promise<string | null> {
  const rows = await readDatabase(
    (sql) => sql<{ id: string }[]>`
      select o.id from orders o join customers c on c.id = o.customer_id
       where c.email = ${email} and o.status in ${sql(statuses)}
       order by o.created_at desc limit 1`,
  );
  return rows[0]?.id ?? null;
}

/**
 * How to reach each customer-facing page with real content: its route (from app/) to who visits
 * it and the address to open. A page without an entry here fails the first test, so a new page
 * gets its check when it is added. A one-time link with an unknown token shows its "spent link"
 * page, which is what most such visits see.
 */
const VISITS: Record<string, Visit> = {
  '/': fixed('visitor', '/'),
  '/plans/[slug]': fixed('visitor', '/plans/trendhouse'),
  '/cart': fixed('visitor', '/cart'),
  '/checkout': fixed('visitor', '/checkout'),
  '/signin': fixed('visitor', '/signin'),
  '/signin/forgot': fixed('visitor', '/signin/forgot'),
  '/signin/check-email': fixed('visitor', '/signin/check-email?registered=1'),
  '/signin/confirm/[token]': fixed('visitor', '/signin/confirm/spent-token'),
  '/signin/reset/[token]': fixed('visitor', '/signin/reset/spent-token'),
  '/signin/email-change/[token]': fixed('visitor', '/signin/email-change/spent-token'),
  // The e-mailed pay link of this pass's customer's invoice (signed as the app signs it).
  '/pay/[token]': {
    who: 'customer',
    url: async (_page, email) => {
      const rows = await readDatabase(
        (sql) => sql<{ id: string }[]>`select i.id from invoices i join customers c on c.id = i.customer_id where c.email = ${email} limit 1`,
      );
      return rows[0] ? payLinkPath(rows[0].id) : null;
    },
  },
  '/checkout/details': fixed('customer', '/checkout/details'),
  '/checkout/summary': fixed('customer', '/checkout/summary'),
  '/checkout/thank-you/[orderId]': {
    who: 'customer',
    url: async (_page, email) => {
      const id = await orderOf(email, ['paid']);
      return id && `/checkout/thank-you/${id}`;
    },
  },
  '/checkout/failed/[orderId]': {
    who: 'customer',
    url: async (_page, email) => {
      const id = await orderOf(email, ['pending_payment', 'canceled']);
      return id && `/checkout/failed/${id}`;
    },
  },
  // An order of theirs to pay by SEPA direct debit, where the shop offers it (the demo does not).
  '/checkout/sepa/[orderId]': {
    who: 'customer',
    url: async (_page, email) => {
      const rows = await readDatabase(
        (sql) => sql<{ id: string }[]>`
          select o.id from orders o join customers c on c.id = o.customer_id
           where c.email = ${email} and o.payment_method = 'sepa_debit' and o.status = 'pending_payment' limit 1`,
      );
      return rows[0] ? `/checkout/sepa/${rows[0].id}` : null;
    },
  },
  '/account': fixed('customer', '/account'),
  '/account/security': fixed('customer', '/account/security'),
  '/account/payment-methods': fixed('customer', '/account/payment-methods'),
  '/account/details': fixed('customer', '/account/details'),
  '/account/subscriptions/[id]/plan': {
    who: 'customer',
    url: async (page) => {
      await page.goto('/account');
      return page.getByTestId('subscription-change-plan').first().getAttribute('href');
    },
  },
  '/account/confirm-email': fixed('customer', '/account/confirm-email'),
  '/account/invoices/[id]': {
    who: 'customer',
    url: async (page) => {
      await page.goto('/account');
      return page.getByTestId('account-invoice-link').first().getAttribute('href');
    },
  },
};

const routes = customerPageRoutes();

// The slowest file of the suite: its four visits (each with a customer of its own) share the
// workers instead of running one after another.
test.describe.configure({ mode: 'parallel' });

// The secret the suite's server signs pay links with (playwright.config.ts), for payLinkPath.
process.env.AUTH_SECRET ??= 'e2e-demo-only-secret-0123456789abcdef';

async function toSummary(page: Page) {
  await page.goto('/checkout/details');
  await page.getByTestId('payment-method-ideal').getByRole('radio').check();
  await page.getByTestId('to-summary').click();
  await expect(page).toHaveURL(/\/checkout\/summary$/);
}

test('every customer-facing page in app/ has a visit in this spec', () => {
  expect(routes.length).toBeGreaterThan(15);
  expect(routes.filter((route) => !VISITS[route]), 'pages without a visit').toEqual([]);
});

async function violationsOn(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  // axe ran on the page (its checks passed or failed), not on an empty or blocked document.
  expect(result.passes.length, url).toBeGreaterThan(10);
  return result.violations
    .filter((v) => REFUSED.has(v.impact ?? ''))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const who of ['visitor', 'customer'] as const) {
  for (const locale of ['en', 'nb'] as const) {
    test(`axe: no serious or critical violations on the ${who}'s pages (${locale})`, async ({ page }) => {
      test.setTimeout(180_000);
      const email = uniqueEmail(`axe-${locale}`);
      // Something in the cart, so the checkout's pages show their forms instead of redirecting.
      await addTrendhouseToCart(page);
      if (who === 'customer') {
        // A new customer with a paid order, an invoice and a subscription on Min Side, and a
        // second order of theirs that the bank declined (the "failed" page shows it).
        await registerAtCheckout(page, email);
        await payWithIdeal(page, '€32.00');
        await page.getByTestId('test-pay-pay').click();
        await expect(page.getByTestId('thank-you')).toBeVisible();
        await addTrendhouseToCart(page);
        await toSummary(page);
        await page.getByTestId('pay').click();
        await page.getByTestId('test-pay-decline-insufficient-funds').click();
        await expect(page).toHaveURL(/\/checkout\/failed\//);
        await addTrendhouseToCart(page);
        await toSummary(page);
      }
      const found: Record<string, string[]> = {};
      for (const route of routes.filter((r) => VISITS[r]?.who === who)) {
        const url = await VISITS[route]!.url(page, email);
        if (!url) {
          test.info().annotations.push({ type: 'not visited', description: `${route}: the demo data has nothing to show it with` });
          continue;
        }
        // `?lang=` reads this page in `locale`, over a signed-in customer's stored language.
        const violations = await violationsOn(page, `${url}${url.includes('?') ? '&' : '?'}lang=${locale}`);
        if (violations.length > 0) found[route] = violations;
      }
      expect(found).toEqual({});
    });
  }
}
