import { Form } from '@remix-run/react';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { formatClockTime, formatDate, zoneAbbreviationOf } from '../lib/format';
import { shownValue } from '../lib/form-reader';
import { rejectionFor, type VisitRejection } from './visit-page-types';
import { type Visit } from './visit-queries.server';

/** The programme day by day in host time; the host side adds and removes items while the visit is open. */
export function VisitAgenda({ visit, rejection }: { visit: Visit; rejection: VisitRejection | undefined }) {
  const { t, language } = useI18n();
  const zone = zoneAbbreviationOf(visit.hostTimeZone);
  const editable = visit.viewerCan.editAgenda;
  const refused = rejectionFor(rejection, 'agenda-add');
  const days = [...new Set([...visit.dates, ...visit.agenda.map((item) => item.date)])].sort();

  return (
    <section className="visit-agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('visit.agenda')}</h2>
      {visit.agenda.length === 0 ? <p className="muted">{t('visit.agenda.none')}</p> : null}
      {days
        .filter((day) => visit.agenda.some((item) => item.date === day))
        .map((day) => (
          <div key={day} className="agenda-day">
            <h3>{formatDate(day, visit.hostTimeZone, language)}</h3>
            <ul className="agenda-list">
              {visit.agenda
                .filter((item) => item.date === day)
                .map((item) => (
                  <li key={item.id}>
                    <span className="agenda-list__time">
                      {t('visit.agenda.time', {
                        start: formatClockTime(item.startTime, language),
                        end: formatClockTime(item.endTime, language),
                        zone,
                      })}
                    </span>
                    <span>
                      <strong>{item.activity}</strong>
                      {item.place ? ` · ${item.place}` : null}
                      {item.presenter ? ` · ${item.presenter}` : null}
                    </span>
                    {editable ? (
                      <Form method="post" preventScrollReset>
                        <input type="hidden" name="intent" value="agenda-remove" />
                        <input type="hidden" name="itemId" value={item.id} />
                        <button
                          type="submit"
                          className="button button--quiet"
                          aria-label={t('visit.agenda.remove', { activity: item.activity })}
                        >
                          {t('workspace.parts.remove')}
                        </button>
                      </Form>
                    ) : null}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      {editable ? (
        <details className="part-editor__add" open={refused ? true : undefined}>
          <summary>{t('visit.agenda.add')}</summary>
          <Form method="post" className="stacked-form" preventScrollReset key={visit.agenda.length}>
            <input type="hidden" name="intent" value="agenda-add" />
            <div className="form-row">
              <Field
                idPrefix="agenda"
                name="date"
                label={t('visit.agenda.date')}
                required
                error={refused?.fieldErrors.date}
                control={(props) => (
                  <select {...props} defaultValue={shownValue(refused?.values, 'date', visit.dates[0])}>
                    {visit.dates.map((date) => (
                      <option key={date} value={date}>
                        {formatDate(date, visit.hostTimeZone, language)}
                      </option>
                    ))}
                  </select>
                )}
              />
              <Field
                idPrefix="agenda"
                name="startTime"
                label={`${t('visit.agenda.startTime')} (${zone})`}
                required
                error={refused?.fieldErrors.startTime}
                inputProps={{ type: 'time', defaultValue: shownValue(refused?.values, 'startTime', null) }}
              />
              <Field
                idPrefix="agenda"
                name="endTime"
                label={`${t('visit.agenda.endTime')} (${zone})`}
                required
                error={refused?.fieldErrors.endTime}
                inputProps={{ type: 'time', defaultValue: shownValue(refused?.values, 'endTime', null) }}
              />
            </div>
            <Field
              idPrefix="agenda"
              name="activity"
              label={t('visit.agenda.activity')}
              required
              error={refused?.fieldErrors.activity}
              inputProps={{ defaultValue: shownValue(refused?.values, 'activity', null) }}
            />
            <div className="form-row">
              <Field
                idPrefix="agenda"
                name="place"
                label={t('visit.agenda.place')}
                error={refused?.fieldErrors.place}
                inputProps={{ defaultValue: shownValue(refused?.values, 'place', null) }}
              />
              <Field
                idPrefix="agenda"
                name="presenter"
                label={t('visit.agenda.presenter')}
                error={refused?.fieldErrors.presenter}
                inputProps={{ defaultValue: shownValue(refused?.values, 'presenter', null) }}
              />
            </div>
            <Button type="submit" variant="secondary">
              {t('visit.agenda.add')}
            </Button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
