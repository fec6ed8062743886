import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * A form as it is when `allowed`; otherwise shown for reading only: every field and button
 * disabled, with a line saying why (in the staff member's language). The action behind the form
 * refuses the role anyway.
 */
export function ReadOnlyUnless({ allowed, locale, children }: { allowed: boolean; locale: Locale; children: ReactNode }) {
  if (allowed) return children;
  return (
    <fieldset disabled style={{ border: 0, padding: 0, margin: 0 }} data-testid="read-only">
      <p className="muted">{getTranslator(locale, 'dashboard.manage')('readOnly')}</p>
      {children}
    </fieldset>
  );
}
