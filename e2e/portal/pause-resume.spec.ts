import { expect, test } from '@playwright/test';
import { addTrendhouseToCart, payWithIdeal, registerAtCheckout, uniqueEmail } from '../support/checkout';
import { readDatabase } from '../support/e2e-database';

/** The pause e-mails sent to `email`, newest last. */
async function pauseMails(email: string) {
  return readDatabase(
    (sql) => sql<{ subject: string }[]>`
      select subject from email_outbox where to_address = ${email} and template = 'subscription-pause' order by created_at`,
  );
}

/** Whether the customer's pause ends `terms` months after the paid term, on the shop's calendar. */
async function pauseEndsAfterMonths(email: string, terms: number): Promise<boolean> {
  const rows = await readDatabase(
    (sql) => sql<{ moved: boolean }[]>`
      select (s.pause_resumes_at at time zone z.tz) = (s.current_period_end at time zone z.tz) + make_interval(months => ${terms}) as moved
        from subscriptions s join customers c on c.id = s.customer_id, (select time_zone as tz from shop_settings) z
       where c.email = ${email}`,
  );
  return rows[0]?.moved ?? false;
}

test('Min Side: pause a subscription for 2 terms, see it confirmed on screen and by e-mail, then resume it', async ({ page }) => {
  const email = uniqueEmail('pause-resume');
  await addTrendhouseToCart(page, 'trendhouse-monthly');
  await registerAtCheckout(page, email);
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account');
  const row = page.getByTestId('account-subscription');
  await expect(row).toHaveCount(1);
  const nextTerm = row.getByTestId('subscription-next-term');
  const renewsOn = (await nextTerm.textContent())!.trim();
  expect(renewsOn).not.toBe('');

  // Pause for 2 terms: from the end of the paid term, so the next term moves 2 months on.
  await row.getByTestId('subscription-pause-open').click();
  await row.getByTestId('subscription-pause-terms').selectOption('2');
  await row.getByTestId('subscription-pause-confirm').click();
  await expect(row.getByTestId('form-notice')).toContainText('Your subscription pauses on');
  await expect(row.getByTestId('form-notice')).toBeVisible();
  await expect(row.getByTestId('subscription-pause-state')).toContainText(`Pauses on`);
  await expect(row.getByTestId('subscription-status')).toHaveText('active');
  await expect(nextTerm).not.toHaveText(renewsOn);
  expect(await pauseEndsAfterMonths(email, 2)).toBe(true);
  await expect.poll(async () => (await pauseMails(email)).map((m) => m.subject)).toEqual([expect.stringContaining('pauses on')]);
  // No second pause while one is coming.
  await expect(row.getByTestId('subscription-pause-open')).toHaveCount(0);

  // Changed their mind: resume, and the next term is back where it was.
  await row.getByTestId('subscription-resume').click();
  await expect(row.getByTestId('form-notice')).toContainText('Your subscription continues');
  await expect(row.getByTestId('form-notice')).toBeVisible();
  await expect(nextTerm).toHaveText(renewsOn);
  await expect.poll(async () => (await pauseMails(email)).map((m) => m.subject)).toEqual([
    expect.stringContaining('pauses on'),
    expect.stringContaining('continues'),
  ]);
  await page.reload();
  await expect(page.getByTestId('subscription-pause-state')).toHaveCount(0);
  await expect(page.getByTestId('subscription-pause-open')).toBeVisible();
});

test('Min Side: a pause of 0 or 1,000 terms, forced past the form, is refused and changes nothing', async ({ page }) => {
  const email = uniqueEmail('pause-bad-input');
  await addTrendhouseToCart(page, 'trendhouse-monthly');
  await registerAtCheckout(page, email);
  await payWithIdeal(page, '€32.00');
  await page.getByTestId('test-pay-pay').click();
  await expect(page.getByTestId('thank-you')).toBeVisible();

  await page.goto('/account');
  const row = page.getByTestId('account-subscription');
  for (const terms of ['0', '1000']) {
    await row.getByTestId('subscription-pause-open').click();
    // Forced: an option the form does not offer.
    await row.getByTestId('subscription-pause-terms').evaluate((select, value) => {
      const option = document.createElement('option');
      option.value = value;
      select.appendChild(option);
      (select as HTMLSelectElement).value = value;
    }, terms);
    await row.getByTestId('subscription-pause-confirm').click();
    await expect(row.getByTestId('subscription-pause-error')).toContainText('Choose a pause of 1 to 12 terms');
    await page.reload();
  }
  expect(await pauseMails(email)).toEqual([]);
  await expect(row.getByTestId('subscription-pause-state')).toHaveCount(0);
});
