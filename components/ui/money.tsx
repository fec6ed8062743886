import { formatMoney } from '@/lib/billing/money';

export function Money({ minor, currency }: { minor: number; currency: string }) {
  return <>{formatMoney(minor, currency, 'en-GB')}</>;
}
