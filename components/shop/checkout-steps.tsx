import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

const STEPS = ['cart', 'account', 'payment', 'summary', 'pay'] as const;

export function CheckoutSteps({ current, locale = 'en' }: { current: (typeof STEPS)[number]; locale?: Locale }) {
  const t = getTranslator(locale, 'shop.steps');
  return (
    <ol className="steps" aria-label={t('label')}>
      {STEPS.map((step, i) => (
        <li key={step} aria-current={step === current ? 'step' : undefined}>
          {i + 1}. {t(step)}
        </li>
      ))}
    </ol>
  );
}
