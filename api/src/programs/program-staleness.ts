import { type Program } from './program.entities';

const STALE_AFTER_MONTHS = 12;

/** A profile nobody has confirmed for a year may describe a program that quietly stopped. */
export function isStale(program: Pick<Program, 'lastVerifiedAt'>, now: Date): boolean {
  if (!program.lastVerifiedAt) return true;
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
  return program.lastVerifiedAt < limit;
}
