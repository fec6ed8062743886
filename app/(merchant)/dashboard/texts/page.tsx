import type { Metadata } from 'next';
import Link from 'next/link';
import { textsTestIds } from '@/components/texts/test-ids';
import { listMessageOverrides } from '@/db/queries/texts/list-message-overrides';
import { textTargets } from '@/emails/editable-texts';
import { requireMerchantPage } from '@/lib/auth/guards';
import { locales } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'E-mail and page texts' };

/** Every customer e-mail and the thank-you page, with how many of their texts the shop changed per language. */
export default async function TextsPage() {
  await requireMerchantPage('/dashboard/texts', 'read');
  const overrides = await listMessageOverrides();
  const changed = (target: string, locale: string) => overrides.filter((row) => row.target === target && row.locale === locale).length;
  return (
    <>
      <h1>E-mail and page texts</h1>
      <p className="muted">
        Reword what customers read, per language. Your text is used instead of the default from the next e-mail on; “Reset to default”
        brings the default back. Macros such as {'{name}'} or {'{invoice}'} are filled in for each customer.
      </p>
      <section className="panel">
        <table>
          <thead>
            <tr>
              <th scope="col">E-mail or page</th>
              {locales.map((locale) => (
                <th scope="col" key={locale}>
                  {locale}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {textTargets.map((target) => (
              <tr key={target.id}>
                <td>
                  <Link href={`/dashboard/texts/${target.id}`} data-testid={textsTestIds.targetLink} data-target={target.id}>
                    {target.label}
                  </Link>
                </td>
                {locales.map((locale) => {
                  const count = changed(target.id, locale);
                  return (
                    <td key={locale}>
                      <Link href={`/dashboard/texts/${target.id}?locale=${locale}`}>{count ? `${count} changed` : 'default'}</Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
