import { checkVatId } from './check-vat-id';
import { offlineVatNumberChecker, type VatNumberChecker } from './vat-number-checker';

/** The EU Commission's VIES REST endpoint for one number. */
const VIES_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api/check-vat-number';

type ViesAnswer = { valid?: boolean; name?: string; address?: string };

/**
 * VIES behind the VatNumberChecker interface. Off by default (`enabled: false` answers offline);
 * it only ever runs the offline check first, so a malformed id never reaches the network. `fetch`
 * is injected so tests never touch the network. Norway, Switzerland and the UK are not in VIES:
 * their ids get the offline answer.
 */
export function viesVatNumberChecker(options: { enabled: boolean; fetch?: typeof fetch; timeoutMs?: number }): VatNumberChecker {
  const fetchImpl = options.fetch ?? fetch;
  return {
    async check(vatId) {
      const offline = await offlineVatNumberChecker.check(vatId);
      const parsed = checkVatId(vatId);
      if (!options.enabled || offline.status !== 'valid' || !parsed.ok || ['NO', 'CH', 'GB'].includes(parsed.value.country)) {
        return offline;
      }
      const countryCode = parsed.value.country === 'GR' ? 'EL' : parsed.value.country;
      try {
        const response = await fetchImpl(VIES_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ countryCode, vatNumber: parsed.value.value.slice(2) }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
        });
        if (!response.ok) return { status: 'unavailable', reason: `VIES answered HTTP ${response.status}` };
        const answer = (await response.json()) as ViesAnswer;
        if (answer.valid === true) {
          return { status: 'valid', name: answer.name, address: answer.address, checkedAt: new Date(), source: 'vies' };
        }
        return { status: 'invalid', reason: 'VIES does not know this VAT id as active.', source: 'vies' };
      } catch (error) {
        return { status: 'unavailable', reason: `VIES could not be reached: ${(error as Error).message}` };
      }
    },
  };
}
