import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const POOL_BYTES = 16 * 4096;
let pool = randomBytes(POOL_BYTES);
let used = 0;

/** 16 random bytes from a pool refilled 4,096 ids at a time. */
function pooledRandom(): Uint8Array {
  if (used + 16 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/**
 * A UUIDv7 (RFC 9562): the millisecond first, then 74 random bits. Rows keyed by these are
 * appended to their indexes in time order instead of landing on random pages.
 *
 * NOTE: the random bits come from a pool. The uuid package asks the system for 16 bytes per id,
 * and that call was 4% of a 100,000-subscription bill run (two ids per invoice). Ids made in the
 * same millisecond are ordered by their random bits, not by call order; that is fine for index
 * locality, and nothing reads an order from them.
 */
export function timeOrderedId(): string {
  return uuidv7({ rng: pooledRandom });
}
