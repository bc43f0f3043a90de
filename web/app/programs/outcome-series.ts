import { distinctSources, type OutcomeSource } from './outcome-source';

export interface OutcomeRow {
  indicator: string;
  unit: string;
  baseline: number | null;
  value: number;
  period: string;
  source: OutcomeSource | null;
  illustrative: boolean;
}

export interface OutcomeSeries {
  indicator: string;
  unit: string;
  /** The value before the program, from the earliest measurement that states one. */
  baseline: number | null;
  /** Oldest first. */
  measurements: { period: string; value: number }[];
  sources: OutcomeSource[];
  illustrative: boolean;
}

/**
 * Outcome rows of one indicator (same name and unit) become one series over time, so a chart can show the
 * baseline and each later measurement. Indicators keep the order the host entered them in.
 */
export function outcomeSeries(rows: readonly OutcomeRow[]): OutcomeSeries[] {
  const byIndicator = new Map<string, OutcomeRow[]>();
  for (const row of rows) {
    const key = `${row.indicator.trim().toLowerCase()}\u0000${row.unit.trim()}`;
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), row]);
  }
  return [...byIndicator.values()].map((group) => {
    // Periods are ISO-like (2023, 2023-11, 2023-11-30), so text order is time order.
    const sorted = [...group].sort((a, b) => a.period.localeCompare(b.period));
    const first = sorted[0]!;
    return {
      indicator: first.indicator,
      unit: first.unit,
      baseline: sorted.find((row) => row.baseline !== null)?.baseline ?? null,
      measurements: sorted.map((row) => ({ period: row.period, value: row.value })),
      sources: distinctSources(sorted.map((row) => row.source)),
      illustrative: sorted.some((row) => row.illustrative),
    };
  });
}
