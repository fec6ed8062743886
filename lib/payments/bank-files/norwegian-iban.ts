import { isValidKid } from '../references/kid';
import { alphanumericMod97 } from '../references/mod97';

/**
 * The IBAN of an 11-digit Norwegian account number ("86011117947" → "NO9386011117947"), or null
 * when the digits are not an account number. OCR giro files fill an unknown account with zeros.
 *
 * NOTE: a Norwegian account number's control digit is the same MOD11 (weights 2–7 from the
 * right, remainder 1 never issued) as a MOD11 KID, so the KID check validates it.
 */
export function norwegianIban(account: string): string | null {
  if (!/^\d{11}$/.test(account) || /^0+$/.test(account) || !isValidKid(account, 'mod11')) return null;
  const check = 98 - alphanumericMod97(`${account}NO00`);
  return `NO${String(check).padStart(2, '0')}${account}`;
}
