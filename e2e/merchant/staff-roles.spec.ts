import { expect, test, type Page } from '@playwright/test';
import { paymentsTestIds } from '../../app/(merchant)/dashboard/payments/payments-test-ids';
import { dashboardTestIds } from '../../components/dashboard/test-ids';
import { invoiceTestIds } from '../../components/invoices/test-ids';
import { staffTestIds } from '../../components/staff/test-ids';
import { testClockTestIds as clock } from '../../components/test-clocks/test-ids';
import { uniqueEmail } from '../support/checkout';
import { MERCHANT, signInWithPassword } from '../support/sign-in';
import { invoiceIdByNumber, latestSignInLink } from '../support/sign-in-links';

/** An open invoice: a simulated Trendhouse subscriber invoiced by e-mail, a month on. */
async function openInvoice(owner: Page): Promise<{ id: string; number: string }> {
  await owner.goto('/dashboard/test-clocks');
  await owner.getByTestId(clock.createName).fill(`Roles ${Date.now()}`);
  await owner.getByTestId(clock.createStartAt).fill('2026-01-15T10:00');
  await owner.getByTestId(clock.createSubmit).click();
  await expect(owner).toHaveURL(/\/dashboard\/test-clocks\/[0-9a-f-]{36}$/);
  const plan = owner.getByTestId(clock.subscriberPlan);
  await plan.selectOption((await plan.locator('option[data-plan-code="trendhouse-monthly"]').getAttribute('value'))!);
  await owner.getByTestId(clock.subscriberAutopay).uncheck();
  await owner.getByTestId(clock.subscriberSubmit).click();
  await expect(owner.getByTestId(clock.subscriptionStatus)).toHaveText('active');
  await owner.getByTestId(clock.advanceStepMonth).click();
  await expect(owner.getByTestId(clock.clockTime)).toHaveText('2026-02-15 10:00', { timeout: 30_000 });
  const term1 = owner.getByTestId(clock.invoiceRow).filter({ has: owner.getByTestId(clock.invoiceTerm).getByText('1', { exact: true }) });
  await expect(term1.getByTestId(clock.invoiceStatus)).toHaveText('open');
  const number = (await term1.getByTestId(clock.invoiceNumber).textContent())!.trim();
  return { id: await invoiceIdByNumber(number), number };
}

test('an owner adds a support member, who signs in and cannot register a payment', async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signInWithPassword(owner, MERCHANT, '/dashboard');
  const invoice = await openInvoice(owner);

  // The owner adds a support member; a sign-in link is e-mailed to them.
  await owner.goto('/dashboard/staff');
  const email = uniqueEmail('support');
  await owner.getByTestId(staffTestIds.addEmail).fill(email);
  await owner.getByTestId(staffTestIds.addRole).selectOption('support');
  await owner.getByTestId(staffTestIds.addSubmit).click();
  await expect(owner.getByTestId('form-notice')).toHaveText(`${email} is added as support and has been e-mailed a sign-in link.`);
  await expect(owner.getByTestId(staffTestIds.row).filter({ hasText: email }).getByTestId(staffTestIds.rowRole)).toHaveText('Support');

  // The support member signs in with that link and lands on the dashboard.
  const supportContext = await browser.newContext();
  const support = await supportContext.newPage();
  await support.goto(await latestSignInLink(email));
  await expect(support).toHaveURL(/\/dashboard$/);
  await expect(support.getByTestId('signed-in-as')).toHaveText(email);
  const nav = support.getByTestId(dashboardTestIds.nav);
  await expect(nav.getByRole('link', { name: 'Invoices' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);

  // They read the open invoice; the control to register a payment is not there.
  await support.goto(`/dashboard/invoices/${invoice.id}`);
  await expect(support.getByTestId(invoiceTestIds.number)).toHaveText(invoice.number);
  await expect(support.getByTestId(paymentsTestIds.registerPaymentForm)).toHaveCount(0);

  // Forced: the owner's form, submitted with the support member's session, is refused by the action.
  await owner.goto(`/dashboard/invoices/${invoice.id}`);
  await expect(owner.getByTestId(paymentsTestIds.registerPaymentForm)).toBeVisible();
  await ownerContext.clearCookies();
  await ownerContext.addCookies(await supportContext.cookies());
  await owner.getByTestId(paymentsTestIds.registerPaymentSubmit).click();
  await expect(owner.getByTestId(paymentsTestIds.registerPaymentForm).getByTestId('form-error')).toHaveText(
    'Your role does not allow you to register payments.',
  );
  await support.reload();
  await expect(support.getByTestId(invoiceTestIds.status)).toHaveText('open');

  // Staff management is the owner's alone.
  await support.goto('/dashboard/staff');
  await expect(support).toHaveURL(/\/dashboard\?denied=staff%3Amanage$/);
  await expect(support.getByTestId(staffTestIds.deniedNotice)).toBeVisible();
});
