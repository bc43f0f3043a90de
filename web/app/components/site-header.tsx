import { Form, Link, NavLink, useLocation } from '@remix-run/react';
import { type Viewer } from '../accounts/viewer.server';
import { workspaceSectionsFor } from '../accounts/workspace-sections';
import { useI18n } from '../i18n/i18n-context';
import { type PlainMessageKey } from '../i18n/translate';
import { LanguageSwitch } from './language-switch';

interface Section {
  to: string;
  label: PlainMessageKey;
}

const publicSections: readonly Section[] = [
  { to: '/programs', label: 'nav.programs' },
  { to: '/compare', label: 'nav.compare' },
  { to: '/visits', label: 'nav.visits' },
  { to: '/nasional', label: 'nav.national' },
];

const workspaceSection: Section = { to: '/workspace', label: 'nav.workspace' };

/** What the navigation offers: everyone finds, compares and visits; hosts and those who invite have a workspace. */
function sectionsFor(viewer: Viewer | null): readonly Section[] {
  return workspaceSectionsFor(viewer).length > 0 ? [...publicSections, workspaceSection] : publicSections;
}

/** Two offset tiles: one region's practice, taken up by another. */
function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="22" height="22" rx="6" fill="#0b5c55" />
      <rect x="12" y="12" width="22" height="22" rx="6" fill="#a63d12" fillOpacity="0.92" />
      <path d="M16 23.5l4 4 8-9" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Signing out changes state, so it is a POST form (a link could be prefetched or followed by a crawler). */
function SignOutForm({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  return (
    <Form method="post" action="/sign-out" className="account-menu">
      <span className="account-menu__name">
        <span className="visually-hidden">{t('nav.signedInAs')} </span>
        {viewer.displayName}
      </span>
      <NavLink to="/sessions" className="account-menu__sessions">
        {t('nav.sessions')}
      </NavLink>
      <button type="submit" className="button button--quiet account-menu__sign-out">
        {t('nav.signOut')}
      </button>
    </Form>
  );
}

function SignInLink() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const comingBack = pathname === '/' || pathname === '/sign-in' ? '' : `?redirectTo=${encodeURIComponent(pathname + search)}`;
  return (
    <NavLink to={`/sign-in${comingBack}`} className="site-nav__sign-in">
      {t('nav.signIn')}
    </NavLink>
  );
}

export function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__bar">
          <Link to="/" className="brand" aria-label={t('brand.homeLink')}>
            <BrandMark />
            <span>
              <span className="brand__name">{t('brand.name')}</span>
              <span className="brand__tagline">{t('brand.tagline')}</span>
            </span>
          </Link>
          {/* A phone folds the navigation and the language switch behind "Menu": a checkbox and its label, so it opens
              without JavaScript; wider screens show them always and hide the toggle. */}
          <input type="checkbox" id="site-menu-toggle" className="site-menu__toggle" />
          <label htmlFor="site-menu-toggle" className="site-menu__button">
            {t('nav.menu')}
          </label>
          <div className="site-menu__panel">
            <nav className="site-nav" aria-label={t('nav.label')}>
              <ul>
                {sectionsFor(viewer).map(({ to, label }) => (
                  <li key={to}>
                    <NavLink to={to} prefetch="intent">
                      {t(label)}
                    </NavLink>
                  </li>
                ))}
                <li>{viewer ? <SignOutForm viewer={viewer} /> : <SignInLink />}</li>
              </ul>
            </nav>
            <LanguageSwitch />
          </div>
        </div>
      </header>
    </>
  );
}
