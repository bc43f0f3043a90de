import { InvalidInput } from '../errors';

/** The largest value of a PostgreSQL `bigint` (money columns hold whole rupiah in one). */
export const MAX_BIGINT = 2n ** 63n - 1n;

/**
 * Refuses an amount of money a `bigint` column cannot hold (or a negative one), naming the field, so
 * the database never has to refuse it (sqlState 22003) inside a half-done write.
 */
export function assertStorableRupiah(value: bigint | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  if (value < 0n) throw new InvalidInput(field, 'An amount of money cannot be negative.');
  if (value > MAX_BIGINT) throw new InvalidInput(field, `An amount of money is at most ${MAX_BIGINT} rupiah.`);
}

