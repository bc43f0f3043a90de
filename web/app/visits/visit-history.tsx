import { Badge } from '../components/badge';
import { useI18n } from '../i18n/i18n-context';
import { formatShortDate, formatTime } from '../lib/format';
import { type Visit } from './visit-queries.server';

/** Every step of the visit, oldest first: who, when (host time), to which state, and why. */
export function VisitHistory({ visit }: { visit: Visit }) {
  const { t, language } = useI18n();
  const zone = visit.hostTimeZone;
  return (
    <section className="visit-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('visit.history')}</h2>
      <ol className="timeline">
        {visit.history.map((step, index) => (
          <li key={index}>
            <p className="timeline__when">
              {formatShortDate(step.at, zone, language)} · {formatTime(step.at, zone, language)}
            </p>
            <p>
              {t('visit.history.entry', {
                actor: step.actorName ?? t('visit.history.system'),
                action: t(`visitAction.${step.action}`),
              })}{' '}
              <Badge tone="info">{t(`visitState.${step.toState}`)}</Badge>
            </p>
            {step.dates && step.dates.length > 0 ? (
              <p className="muted">{step.dates.map((date) => formatShortDate(date, zone, language)).join(', ')}</p>
            ) : null}
            {step.reason ? <p className="timeline__reason">“{step.reason}”</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
