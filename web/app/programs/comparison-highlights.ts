export type Extreme = 'min' | 'max';

/**
 * Which column holds the extreme value of a row (the lowest cost, the most beneficiaries), to be marked in the
 * comparison. Nothing is marked when fewer than two programs state the figure or when all state the same one;
 * ties mark every column that holds the extreme.
 */
export function extremeColumns(values: readonly (bigint | number | null)[], extreme: Extreme): boolean[] {
  const stated = values.filter((value): value is bigint | number => value !== null);
  if (stated.length < 2) return values.map(() => false);
  const best = stated.reduce((current, value) =>
    (extreme === 'min' ? value < current : value > current) ? value : current
  );
  if (stated.every((value) => value === best)) return values.map(() => false);
  return values.map((value) => value !== null && value === best);
}

/** Whether the programs differ in a row, judged on a plain-text key per program (empty when not stated). */
export function valuesDiffer(keys: readonly string[]): boolean {
  return new Set(keys).size > 1;
}
