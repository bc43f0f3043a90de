import { IntentButton } from '../components/intent-button';
import { TableScroll } from '../components/table-scroll';
import { useI18n } from '../i18n/i18n-context';
import { formatShortDate, formatTime } from '../lib/format';

export interface SessionRow {
  id: string;
  createdAt: string;
  expiresAt: string;
  clientAddress: string | null;
  current: boolean;
}

/** Sessions have no place of their own; their times are shown in Western Indonesian Time. */
const sessionTimeZone = 'Asia/Jakarta';

/** Open sessions, each with a button that ends it (a POST form: ending a session changes state). */
export function SessionTable({ sessions, caption }: { sessions: readonly SessionRow[]; caption: string }) {
  const { t, language } = useI18n();
  const when = (value: string) => `${formatShortDate(value, sessionTimeZone, language)} ${formatTime(value, sessionTimeZone, language)}`;
  if (sessions.length === 0) return <p className="muted">{t('sessions.none')}</p>;
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('sessions.signedInAt')}</th>
            <th scope="col">{t('sessions.address')}</th>
            <th scope="col">{t('sessions.expiresAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('sessions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row">
                {when(session.createdAt)}
                {session.current ? <span className="muted table-note">{t('sessions.current')}</span> : null}
              </th>
              <td>{session.clientAddress ?? '—'}</td>
              <td>{when(session.expiresAt)}</td>
              <td>
                <IntentButton intent="endSession" id={session.id} label={t('sessions.end')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
