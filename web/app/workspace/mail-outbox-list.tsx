import { Link } from '@remix-run/react';
import { Badge } from '../components/badge';
import { IntentButton } from '../components/intent-button';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { formatShortDate, formatTime } from '../lib/format';
import { type OutboxMail } from './mail-outbox.server';
import { type OutboxFilter, outboxHref, outboxStates } from './outbox-filter';

// The outbox belongs to no place: its times are shown in Western Indonesian Time, as the invitations' are.
const outboxTimeZone = 'Asia/Jakarta';

function When({ value }: { value: string | null }) {
  const { language } = useI18n();
  if (!value) return <span className="muted">—</span>;
  return (
    <time dateTime={value}>
      {formatShortDate(value, outboxTimeZone, language)} {formatTime(value, outboxTimeZone, language)}
    </time>
  );
}

/** Links for each state, the current one marked; paging starts again from the newest. */
export function OutboxStateFilter({ filter }: { filter: OutboxFilter }) {
  const { t } = useI18n();
  const choices = [null, ...outboxStates];
  return (
    <nav aria-label={t('outbox.filter.label')} className="outbox-filter">
      <ul className="inline-list">
        {choices.map((state) => (
          <li key={state ?? 'ALL'}>
            <Link to={outboxHref({ state, before: null })} aria-current={filter.state === state ? 'page' : undefined}>
              {t(state ? `outbox.state.${state}` : 'outbox.filter.all')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The messages with their state and tries; each can be sent again with a form that works without JavaScript. */
export function MailOutboxList({ mails }: { mails: OutboxMail[] }) {
  const { t } = useI18n();
  return (
    <TableScroll label={t('outbox.table.label')}>
      <table className="data-table outbox-table">
        <thead>
          <tr>
            <th scope="col">{t('outbox.column.message')}</th>
            <th scope="col">{t('outbox.column.state')}</th>
            <th scope="col">{t('outbox.column.tries')}</th>
            <th scope="col">{t('outbox.column.times')}</th>
            <th scope="col">{t('outbox.column.action')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <td>
                <strong>{mail.subject}</strong>
                <div className="muted">{mail.to.join(', ')}</div>
                <details>
                  <summary>{t('outbox.text')}</summary>
                  <pre className="outbox-text">{mail.text}</pre>
                </details>
              </td>
              <td>
                <Badge tone={mail.state === 'SENT' ? 'success' : mail.state === 'RETRYING' ? 'warning' : 'neutral'}>{t(`outbox.state.${mail.state}`)}</Badge>
              </td>
              <td>
                {mail.attempts}
                {mail.lastError ? <div className="muted outbox-error">{mail.lastError}</div> : null}
              </td>
              <td>
                <dl className="outbox-times">
                  <dt>{t('outbox.queuedAt')}</dt>
                  <dd>
                    <When value={mail.createdAt} />
                  </dd>
                  <dt>{mail.sentAt ? t('outbox.sentAt') : t('outbox.nextAttemptAt')}</dt>
                  <dd>
                    <When value={mail.sentAt ?? mail.nextAttemptAt} />
                  </dd>
                </dl>
              </td>
              <td>
                <IntentButton id={mail.id} label={t('outbox.resend')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
