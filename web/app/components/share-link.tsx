import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useHydrated } from './use-hydrated';

/**
 * The page's address in a read-only field anyone can select and copy (also without JavaScript), with a copy
 * button once scripts run.
 */
export function ShareLink({ url, label, hint }: { url: string; label: string; hint: string }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  return (
    <div className="field share-link">
      <label className="field__label" htmlFor="share-link">
        {label}
      </label>
      <p className="field__hint" id="share-link-hint">
        {hint}
      </p>
      <div className="share-link__row">
        <input
          id="share-link"
          type="url"
          readOnly
          value={url}
          aria-describedby="share-link-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        {hydrated ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}
          >
            {t('compare.copy')}
          </button>
        ) : null}
      </div>
      <p className="share-link__status" role="status">
        {copied ? t('compare.copied') : ''}
      </p>
    </div>
  );
}
