import { useI18n } from '../i18n/i18n-context';
import { formatPercent } from '../lib/format';
import { fundingColours, type FundingKind } from './program-vocabulary';

export interface FundingShare {
  kind: FundingKind;
  percent: number;
}

/**
 * The funding mix as one stacked bar with a legend. The bar is drawn on the server as plain SVG; its meaning is
 * in the legend text (and the bar's label), never in colour alone.
 */
export function FundingMixChart({ mix }: { mix: readonly FundingShare[] }) {
  const { t, language } = useI18n();
  const total = Math.max(
    100,
    mix.reduce((sum, share) => sum + share.percent, 0)
  );
  const described = mix
    .map((share) => `${t(`fundingKind.${share.kind}`)} ${formatPercent(share.percent, language)}`)
    .join(', ');
  const segments = mix.map((share, index) => ({
    share,
    x: mix.slice(0, index).reduce((sum, before) => sum + (before.percent / total) * 100, 0),
    width: (share.percent / total) * 100,
  }));

  return (
    <figure className="funding-chart">
      <svg
        className="funding-chart__bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        role="img"
        aria-label={t('program.funding.chartLabel', { mix: described })}
      >
        <rect x="0" y="0" width="100" height="10" fill="#efece4" />
        {segments.map(({ share, x, width }) => (
          <rect
            key={share.kind}
            x={x}
            y="0"
            width={width}
            height="10"
            fill={fundingColours[share.kind]}
            stroke="#ffffff"
            strokeWidth="0.4"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {mix.map((share) => (
            <li key={share.kind}>
              <span className="chart-legend__swatch" style={{ background: fundingColours[share.kind] }} />
              <span>{t(`fundingKind.${share.kind}`)}</span>
              <strong>{formatPercent(share.percent, language)}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
