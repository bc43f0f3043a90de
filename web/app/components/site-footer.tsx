import { useI18n } from '../i18n/i18n-context';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <p>{t('footer.about')}</p>
        <p>{t('footer.dataNote')}</p>
      </div>
    </footer>
  );
}
