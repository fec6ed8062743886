import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { textsTestIds } from '@/components/texts/test-ids';
import { TextsEditor } from '@/components/texts/texts-editor';
import { getMessageOverrides } from '@/db/queries/texts/get-message-overrides';
import { defaultText, findTextTarget } from '@/emails/editable-texts';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { messageArguments } from '@/lib/i18n/check-message-text';
import { isLocale, locales } from '@/lib/i18n/locales';
import { templatesOf } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';
import { parse } from '@formatjs/icu-messageformat-parser';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.texts')('editTitle') };
}

type Props = { params: Promise<{ target: string }>; searchParams: Promise<{ locale?: string | string[] }> };

/**
 * The texts of one e-mail or the thank-you page in one language (`?locale=`): default, macros, the
 * shop's text, a live preview; the page's own words in the staff member's language.
 */
export default async function TextTargetPage({ params, searchParams }: Props) {
  const { target: id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/texts/${id}`, 'read');
  const target = findTextTarget(id);
  if (!target) notFound();
  const asked = (await searchParams).locale;
  const locale = isLocale(asked) ? asked : 'en';
  const [saved, pageLocale] = await Promise.all([getMessageOverrides(target.id, locale), getPageLocale()]);
  const t = getTranslator(pageLocale, 'dashboard.manage.texts');
  const targetLabels: Record<string, string> = templatesOf(pageLocale, 'dashboard.manage.texts.targets');
  const macros = target.macros.map((macro) => `{${macro}}`).join(' ');
  const rows = target.keys.map((key) => ({
    key,
    defaultText: defaultText(locale, key),
    override: saved[key] ?? null,
    macros: [...new Set([...messageArguments(parse(defaultText('en', key))).keys(), ...target.macros])].sort(),
  }));
  return (
    <>
      <p>
        <Link href="/dashboard/texts">{t('back')}</Link>
      </p>
      <h1>{targetLabels[target.id]}</h1>
      <nav aria-label={t('language')} className="row" style={{ gap: 12 }}>
        {locales.map((code) =>
          code === locale ? (
            <strong key={code} aria-current="page">
              {code}
            </strong>
          ) : (
            <Link key={code} href={`/dashboard/texts/${target.id}?locale=${code}`} data-testid={textsTestIds.localeLink} data-locale={code}>
              {code}
            </Link>
          ),
        )}
      </nav>
      <p className="muted">{target.id === 'thank-you' ? t('macrosOfPage', { macros }) : t('macrosOfEmail', { macros })}</p>
      <ReadOnlyUnless locale={pageLocale} allowed={hasPermission(viewer.role, 'settings:write')}>
        <TextsEditor key={locale} target={target.id} locale={locale} rows={rows} isEmail={target.id !== 'thank-you'} words={templatesOf(pageLocale, 'dashboard.manage.texts')} />
      </ReadOnlyUnless>
    </>
  );
}
