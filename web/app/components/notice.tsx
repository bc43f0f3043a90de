import { type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

export type NoticeTone = 'info' | 'warning' | 'error' | 'success';

/** A message box; errors are announced at once (role="alert"), everything else politely (role="status"). */
export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}

/** Shown on search results when the API answered from its database fallback because Meilisearch was unavailable. */
export function DegradedSearchNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="warning" title={t('notice.degradedSearch.title')}>
      <p>{t('notice.degradedSearch.body')}</p>
    </Notice>
  );
}
