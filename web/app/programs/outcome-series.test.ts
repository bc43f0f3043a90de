import { describe, expect, it } from 'vitest';
import { outcomeSeries, type OutcomeRow } from './outcome-series';

const bps = { title: 'Berita Resmi Statistik', publisher: 'BPS Kota Prabumulih', publishedOn: null, url: null };

const row = (fields: Partial<OutcomeRow>): OutcomeRow => ({
  indicator: 'Tingkat kemiskinan',
  unit: '%',
  baseline: null,
  value: 0,
  period: '2023',
  source: null,
  illustrative: false,
  ...fields,
});

describe('outcomeSeries', () => {
  it('joins measurements of one indicator over time, oldest first, with the earliest stated baseline', () => {
    const series = outcomeSeries([
      row({ value: 11.23, baseline: 11.28, period: '2023-11', source: bps }),
      row({ value: 11.5, baseline: 12.1, period: '2022', source: { ...bps } }),
      row({ indicator: 'Rumah dibedah', unit: 'rumah', value: 120, period: '2024', illustrative: true }),
    ]);
    expect(series).toEqual([
      {
        indicator: 'Tingkat kemiskinan',
        unit: '%',
        baseline: 12.1,
        measurements: [
          { period: '2022', value: 11.5 },
          { period: '2023-11', value: 11.23 },
        ],
        sources: [bps],
        illustrative: false,
      },
      {
        indicator: 'Rumah dibedah',
        unit: 'rumah',
        baseline: null,
        measurements: [{ period: '2024', value: 120 }],
        sources: [],
        illustrative: true,
      },
    ]);
  });

  it('keeps an indicator measured in two units apart', () => {
    const series = outcomeSeries([row({ unit: '%', value: 1 }), row({ unit: 'jiwa', value: 2 })]);
    expect(series.map((s) => s.unit)).toEqual(['%', 'jiwa']);
  });
});
