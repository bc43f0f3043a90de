import { Badge } from '../components/badge';
import { useI18n } from '../i18n/i18n-context';

/** Marks a figure the host did not source (demo data, estimates); the page footnote explains the badge. */
export function IllustrativeBadge() {
  const { t } = useI18n();
  return <Badge tone="warning">{t('illustrative.badge')}</Badge>;
}
