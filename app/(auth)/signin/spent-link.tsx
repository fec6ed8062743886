import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/** What a one-time link shows once it has been used or has expired. */
export function SpentLink({ title, again, locale }: { title: string; again: { href: string; label: string }; locale: Locale }) {
  return (
    <div className="panel stack" style={{ maxWidth: 460 }} data-testid="link-spent">
      <h1>{title}</h1>
      <p>{getTranslator(locale, 'auth.spent')('body')}</p>
      <p>
        <Link href={again.href}>{again.label}</Link>
      </p>
    </div>
  );
}
