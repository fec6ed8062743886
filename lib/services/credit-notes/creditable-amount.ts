// The rule lives in the billing core; this path stays for the pages that import it from here.
export { creditableAmount } from '@/lib/billing/creditable-amount';
