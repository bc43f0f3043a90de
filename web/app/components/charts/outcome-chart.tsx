import { useI18n } from '../../i18n/i18n-context';
import { formatMeasure } from '../../lib/format';

export interface OutcomePoint {
  /** Already formatted for display: "Sebelum", "Nov 2023". */
  label: string;
  value: number;
}

const width = 320;
const height = 150;
const padding = { top: 28, right: 44, bottom: 30, left: 44 };

/**
 * One indicator over time — the baseline and each measured value — as a small line chart with every point
 * labelled, so the numbers can be read without the shape (and screen readers get them in the label).
 */
export function OutcomeChart({
  indicator,
  unit,
  points,
}: {
  indicator: string;
  unit: string;
  points: readonly OutcomePoint[];
}) {
  const { t, language } = useI18n();
  const values = points.map((point) => point.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  // A flat series (or a single point) gets room above and below instead of a division by zero.
  const margin = Math.max(Math.abs(max), 1) / 2;
  const [low, high] = min === max ? [min - margin, max + margin] : [min, max];
  const plotWidth = width - padding.left - padding.right;
  const plotHeight = height - padding.top - padding.bottom;
  const x = (index: number) =>
    padding.left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => padding.top + plotHeight * (1 - (value - low) / (high - low));
  const described = points.map((point) => `${point.label} ${formatMeasure(point.value, unit, language)}`).join(', ');

  return (
    <svg
      className="outcome-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('program.outcomes.chartLabel', { indicator, points: described })}
    >
      <line
        x1={padding.left}
        x2={width - padding.right}
        y1={height - padding.bottom}
        y2={height - padding.bottom}
        stroke="#8a8375"
        strokeWidth="1"
      />
      <polyline
        points={points.map((point, index) => `${x(index)},${y(point.value)}`).join(' ')}
        fill="none"
        stroke="#0b5c55"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
      {points.map((point, index) => (
        <g key={`${point.label}-${index}`}>
          <circle
            cx={x(index)}
            cy={y(point.value)}
            r="4.5"
            fill={index === 0 ? '#ffffff' : '#0b5c55'}
            stroke="#0b5c55"
            strokeWidth="2"
          />
          <text x={x(index)} y={y(point.value) - 10} textAnchor="middle" className="outcome-chart__value">
            {formatMeasure(point.value, unit, language)}
          </text>
          <text x={x(index)} y={height - 10} textAnchor="middle" className="outcome-chart__label">
            {point.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
