import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n-context';
import { IllustrativeBadge } from './illustrative-badge';
import { type ProgramProfile } from './program-profile.server';

/**
 * Names and roles for everyone; phone and e-mail only reach the page for signed-in officials (the API leaves
 * them out otherwise), so others get a hint to sign in instead.
 */
export function ContactsList({ contacts, official }: { contacts: ProgramProfile['contacts']; official: boolean }) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  if (contacts.length === 0) return <p className="muted">{t('program.contacts.none')}</p>;
  return (
    <>
      <ul className="contact-list">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <p className="contact-list__name">
              {contact.name} {contact.illustrative ? <IllustrativeBadge /> : null}
            </p>
            <p className="muted">
              {contact.role}
              {contact.agency ? ` · ${contact.agency.name}` : null}
            </p>
            {official && (contact.phone || contact.email) ? (
              <dl className="contact-list__details">
                {contact.phone ? (
                  <div>
                    <dt>{t('program.contacts.phone')}</dt>
                    <dd>
                      <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                    </dd>
                  </div>
                ) : null}
                {contact.email ? (
                  <div>
                    <dt>{t('program.contacts.email')}</dt>
                    <dd>
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </dd>
                  </div>
                ) : null}
              </dl>
            ) : null}
          </li>
        ))}
      </ul>
      {official ? null : (
        <p className="sign-in-hint">
          {t('program.contacts.signInHint')}{' '}
          <Link to={`/sign-in?redirectTo=${encodeURIComponent(pathname + search)}`}>
            {t('program.contacts.signInLink')}
          </Link>
        </p>
      )}
    </>
  );
}
