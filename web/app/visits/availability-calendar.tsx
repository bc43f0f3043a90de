import { useI18n } from '../i18n/i18n-context';
import { intlLocales } from '../i18n/languages';
import { type Translate } from '../i18n/translate';
import { formatDate } from '../lib/format';
import { calendarMonths } from './calendar-months';
import { type DayAvailability } from './visit-queries.server';

type DayStatus = DayAvailability['status'];

/** A mark per status, so days differ by shape as well as colour. */
const statusMarks: Record<DayStatus, string> = {
  FREE: '●',
  PARTLY_BOOKED: '◐',
  FULL: '✕',
  BLACKOUT: '⊘',
  CLOSED: '–',
  TOO_SOON: '·',
};

const requestable = (status: DayStatus) => status === 'FREE' || status === 'PARTLY_BOOKED';

function dayDescription(t: Translate, day: DayAvailability, dateText: string): string {
  const status = t(`dayStatus.${day.status}`);
  const extra = requestable(day.status)
    ? t('calendar.remaining', { delegations: day.remainingDelegations, participants: day.remainingParticipants })
    : day.detail;
  return t('calendar.dayLabel', { date: dateText, status: extra ? `${status} (${extra})` : status });
}

function monthTitle(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`)
  );
}

export function AvailabilityLegend() {
  const { t } = useI18n();
  return (
    <ul className="availability-legend" aria-label={t('calendar.legend')}>
      {(Object.keys(statusMarks) as DayStatus[]).map((status) => (
        <li key={status} className={`day--${status.toLowerCase()}`}>
          <span className="availability-legend__mark" aria-hidden="true">
            {statusMarks[status]}
          </span>{' '}
          {t(`dayStatus.${status}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Month grids of a host's days, each marked free, partly booked, full, closed… When `pick` is given, the days
 * that can still be requested are checkboxes of that name, so the calendar is the date field of a plain form.
 */
export function AvailabilityCalendar({
  days,
  timeZone,
  pick,
}: {
  days: readonly DayAvailability[];
  timeZone: string;
  pick?: { name: string; selected: readonly string[] };
}) {
  const { t, language } = useI18n();
  const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
  return (
    <div className="availability">
      <AvailabilityLegend />
      <div className="availability__months">
        {calendarMonths(days).map(({ month, weeks }) => (
          <table key={month} className="availability-month">
            <caption>{monthTitle(month, intlLocales[language])}</caption>
            <thead>
              <tr>
                {weekdays.map((weekday) => (
                  <th key={weekday} scope="col">
                    <abbr title={t(`weekday.${weekday}`)}>{t(`calendar.weekday.${weekday}`)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={index}>
                  {week.map((day, position) =>
                    day ? (
                      <td key={day.date} className={`day day--${day.status.toLowerCase()}`}>
                        <DayCell day={day} timeZone={timeZone} pick={pick} t={t} language={language} />
                      </td>
                    ) : (
                      <td key={`pad-${position}`} className="day day--pad" />
                    )
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}

function DayCell({
  day,
  timeZone,
  pick,
  t,
  language,
}: {
  day: DayAvailability;
  timeZone: string;
  pick?: { name: string; selected: readonly string[] };
  t: Translate;
  language: 'id' | 'en';
}) {
  const description = dayDescription(t, day, formatDate(day.date, timeZone, language));
  const face = (
    <>
      <span className="day__number" aria-hidden="true">
        {Number(day.date.slice(8))}
      </span>
      <span className="day__mark" aria-hidden="true">
        {statusMarks[day.status]}
      </span>
    </>
  );
  if (pick && requestable(day.status)) {
    return (
      <label className="day__pick" title={description}>
        <input
          type="checkbox"
          name={pick.name}
          value={day.date}
          defaultChecked={pick.selected.includes(day.date)}
          aria-label={description}
        />
        {face}
      </label>
    );
  }
  return (
    <span className="day__face" title={description}>
      {face}
      <span className="visually-hidden">{description}</span>
    </span>
  );
}
