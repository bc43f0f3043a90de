import { isRouteErrorResponse } from '@remix-run/react';
import { useI18n } from '../i18n/i18n-context';
import { type PlainMessageKey } from '../i18n/translate';
import { ButtonLink } from './button';

interface ErrorCopy {
  status: number;
  title: PlainMessageKey;
  body: PlainMessageKey;
}

/** What a visitor is told for a thrown error: the status and a friendly text, never the error's own message or stack. */
export function errorCopyFor(error: unknown): ErrorCopy {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 400) return { status, title: 'error.badRequest.title', body: 'error.badRequest.body' };
  if (status === 413) return { status, title: 'error.tooLarge.title', body: 'error.tooLarge.body' };
  if (status === 404) return { status, title: 'error.notFound.title', body: 'error.notFound.body' };
  if (status === 403) return { status, title: 'error.forbidden.title', body: 'error.forbidden.body' };
  if (status === 503) return { status, title: 'error.unavailable.title', body: 'error.unavailable.body' };
  if (status === 429) return { status, title: 'error.tooMany.title', body: 'error.tooMany.body' };
  return { status, title: 'error.server.title', body: 'error.server.body' };
}

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const copy = errorCopyFor(error);
  return (
    <div className="container">
      <div className="error-page">
        <p className="error-page__status">{t('error.status', { status: copy.status })}</p>
        <h1>{t(copy.title)}</h1>
        <p className="lead">{t(copy.body)}</p>
        <ButtonLink to="/">{t('error.backHome')}</ButtonLink>
      </div>
    </div>
  );
}
