import { Form } from '@remix-run/react';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { formatShortDate, formatTime } from '../lib/format';
import { shownValue } from '../lib/form-reader';
import { rejectionFor, type VisitRejection } from './visit-page-types';
import { type Visit } from './visit-queries.server';

/** The thread between host and delegation, oldest first, with a form to write on it for those who may. */
export function VisitMessages({ visit, rejection }: { visit: Visit; rejection: VisitRejection | undefined }) {
  const { t, language } = useI18n();
  const refused = rejectionFor(rejection, 'message');
  return (
    <section className="visit-messages" aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t('visit.messages')}</h2>
      {visit.messages.length === 0 ? <p className="muted">{t('visit.messages.none')}</p> : null}
      <ol className="message-list">
        {visit.messages.map((message) => (
          <li key={message.id} className={`message message--${message.side.toLowerCase()}`}>
            <p className="message__meta">
              <strong>{message.authorName ?? t(`visitSide.${message.side}`)}</strong> ({t(`visitSide.${message.side}`)})
              · {formatShortDate(message.createdAt, visit.hostTimeZone, language)}{' '}
              {formatTime(message.createdAt, visit.hostTimeZone, language)}
            </p>
            <p className="message__body">{message.body}</p>
          </li>
        ))}
      </ol>
      {visit.viewerCan.sendMessage ? (
        <Form method="post" className="stacked-form" preventScrollReset key={visit.messages.length}>
          <input type="hidden" name="intent" value="message" />
          <Field
            idPrefix="message"
            name="body"
            label={t('visit.messages.body')}
            error={refused?.fieldErrors.body}
            control={(props) => <textarea {...props} rows={3} defaultValue={shownValue(refused?.values, 'body', null)} />}
          />
          <Button type="submit" variant="secondary">
            {t('visit.messages.send')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
