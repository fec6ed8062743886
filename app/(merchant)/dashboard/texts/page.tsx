import type { Metadata } from 'next';
import Link from 'next/link';
import { textsTestIds } from '@/components/texts/test-ids';
import { listMessageOverrides } from '@/db/queries/texts/list-message-overrides';
import { textTargets } from '@/emails/editable-texts';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { locales } from '@/lib/i18n/locales';
import { templatesOf } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.texts')('title') };
}

/** Every customer e-mail and the thank-you page, with how many of their texts the shop changed per language. */
export default async function TextsPage() {
  await requireMerchantPage('/dashboard/texts', 'read');
  const [overrides, pageLocale] = await Promise.all([listMessageOverrides(), getPageLocale()]);
  const t = getTranslator(pageLocale, 'dashboard.manage.texts');
  const targetLabels: Record<string, string> = templatesOf(pageLocale, 'dashboard.manage.texts.targets');
  const changed = (target: string, locale: string) => overrides.filter((row) => row.target === target && row.locale === locale).length;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro', { reset: t('reset') })}</p>
      <section className="panel">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('colTarget')}</th>
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
                    {targetLabels[target.id]}
                  </Link>
                </td>
                {locales.map((locale) => {
                  const count = changed(target.id, locale);
                  return (
                    <td key={locale}>
                      <Link href={`/dashboard/texts/${target.id}?locale=${locale}`}>{count ? t('changed', { count: String(count) }) : t('default')}</Link>
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
