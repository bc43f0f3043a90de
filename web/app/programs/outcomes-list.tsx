import { Fragment } from 'react';
import { OutcomeChart } from '../components/charts/outcome-chart';
import { useI18n } from '../i18n/i18n-context';
import { formatMeasure, formatPeriod } from '../lib/format';
import { IllustrativeBadge } from './illustrative-badge';
import { outcomeSeries } from './outcome-series';
import { type OutcomeSource, sourceCitation } from './outcome-source';
import { type ProgramProfile } from './program-profile.server';

/** One chart per indicator: where it started and each later measurement. */
export function OutcomesList({ outcomes }: { outcomes: ProgramProfile['outcomes'] }) {
  const { t, language } = useI18n();
  if (outcomes.length === 0) return <p className="muted">{t('program.outcomes.none')}</p>;
  return (
    <ul className="outcome-grid">
      {outcomeSeries(outcomes).map((series) => {
        const points = [
          ...(series.baseline !== null ? [{ label: t('program.outcomes.baseline'), value: series.baseline }] : []),
          ...series.measurements.map((measurement) => ({
            label: formatPeriod(measurement.period, language),
            value: measurement.value,
          })),
        ];
        const latest = series.measurements.at(-1)!;
        return (
          <li key={`${series.indicator}-${series.unit}`} className="card outcome-card">
            <h3 className="outcome-card__title">
              {series.indicator} {series.illustrative ? <IllustrativeBadge /> : null}
            </h3>
            <p className="outcome-card__headline">
              {series.baseline !== null ? `${formatMeasure(series.baseline, series.unit, language)} → ` : null}
              <strong>{formatMeasure(latest.value, series.unit, language)}</strong>{' '}
              <span className="muted">({formatPeriod(latest.period, language)})</span>
            </p>
            <OutcomeChart indicator={series.indicator} unit={series.unit} points={points} />
            {series.sources.length > 0 ? (
              <p className="outcome-card__source muted">
                {t('program.outcomes.source')}{' '}
                {series.sources.map((source, index) => (
                  <Fragment key={index}>
                    {index > 0 ? '; ' : null}
                    <SourceCitation source={source} />
                  </Fragment>
                ))}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** `Title — Publisher, 16 Februari 2024`, the title linked to the source when it has an address. */
function SourceCitation({ source }: { source: OutcomeSource }) {
  const { language } = useI18n();
  const { title, url, details } = sourceCitation(source, language);
  return (
    <cite>
      {url ? (
        <a href={url} rel="noopener noreferrer" target="_blank">
          {title}
        </a>
      ) : (
        title
      )}
      {details ? ` — ${details}` : null}
    </cite>
  );
}
