import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  invitationChoicesFor,
  parseScopeValue,
  scopeValue,
  type InvitationChoices,
  type InvitationScope,
} from '../accounts/invitation-choices';
import { type Role } from '../accounts/roles';
import { requireViewer } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { ShareLink } from '../components/share-link';
import { TableScroll } from '../components/table-scroll';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { languageOf, translatorOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { type Translate } from '../i18n/translate';
import { graphqlRequest, requireData, statusForApiErrors } from '../lib/api.server';
import { explainApiErrors } from '../lib/api-rejection';
import { formatDate } from '../lib/format';
import { FormReader, shownValue, type FieldErrors, type FormValues } from '../lib/form-reader';
import { loadRegencyOptions } from '../regions/regions.server';
import { loadAgencyOptions } from '../workspace/program-editing.server';
import { emailPattern } from '../workspace/program-form';
import { pageError } from '../lib/page-errors';
import { runAccountIntent } from '../accounts/account-admin.server';

const inviteMutation = graphql(`
  mutation Invite($input: InviteInput!) {
    invite(input: $input) {
      email
      acceptUrl
      expiresAt
    }
  }
`);

const pendingInvitationsQuery = graphql(`
  query PendingInvitations {
    pendingInvitations {
      id
      email
      role
      regencyCode
      agencyId
      coveredRegencyCodes
      expiresAt
    }
  }
`);

const regencyCodePattern = /^\d{2}\.\d{2}$/;
/** Invitations have no place of their own; their expiry is shown in Western Indonesian Time. */
const expiryTimeZone = 'Asia/Jakarta';

async function requireChoices(request: Request): Promise<InvitationChoices> {
  const choices = invitationChoicesFor(await requireViewer(request));
  if (!choices) throw pageError(403);
  return choices;
}

/** The places the person may invite into, named: regencies with their province, agencies by name. */
async function scopeOptionsOf(request: Request, t: Translate, scopes: InvitationChoices['scopes']) {
  const regencyCodes = scopes === 'any' ? null : scopes.flatMap((scope) => scope.regencyCode ?? []);
  const needsAgencies = scopes === 'any' || scopes.some((scope) => scope.agencyId);
  const [regencies, agencies] = await Promise.all([
    regencyCodes?.length === 0 ? [] : loadRegencyOptions(request, regencyCodes),
    needsAgencies ? loadAgencyOptions(request, null) : [],
  ]);
  const regencyName = (code: string) => {
    const regency = regencies.find((candidate) => candidate.code === code);
    return regency ? t('regency.inProvince', { regency: regency.name, province: regency.province.name }) : code;
  };
  const agencyName = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? id;
  const named = (scope: InvitationScope) => ({
    value: scopeValue(scope),
    label: [scope.agencyId && agencyName(scope.agencyId), scope.regencyCode && regencyName(scope.regencyCode)]
      .filter(Boolean)
      .join(' — '),
  });
  if (scopes !== 'any') return { regencies: scopes.map(named), agencies: [] };
  return {
    regencies: regencies.map((regency) => named({ regencyCode: regency.code, agencyId: null })),
    agencies: agencies.map((agency) => named({ regencyCode: null, agencyId: agency.id })),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const choices = await requireChoices(request);
  const t = await translatorOf(request);
  const [scopeOptions, { pendingInvitations }] = await Promise.all([
    scopeOptionsOf(request, t, choices.scopes),
    graphqlRequest(request, pendingInvitationsQuery).then((result) => requireData(request, result)),
  ]);
  return { choices, scopeOptions, pendingInvitations };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('invite.title'));
};

const formFields = ['email', 'role', 'scope', 'coveredRegencyCodes'];

interface InviteOutcome {
  invitation?: { email: string; acceptUrl: string; expiresAt: string };
  revoked?: boolean;
  values?: FormValues;
  fieldErrors?: FieldErrors;
  formError?: string;
}

/** Reads the form within what the person may choose; the scope is required for every role but admin. */
function readInvitation(form: FormReader, choices: InvitationChoices) {
  const email = form.text('email', {
    required: true,
    max: 254,
    pattern: { test: emailPattern, message: form.t('form.error.email') },
  });
  const role = form.choice<Role>('role', choices.roles, { required: true });
  const scopeText = form.text('scope', { required: role !== 'ADMIN' });
  const scope = scopeText ? parseScopeValue(scopeText) : null;
  const allowed = choices.scopes === 'any' || choices.scopes.some((option) => scopeValue(option) === scopeText);
  if (scopeText && (!scope || !allowed)) form.fail('scope', form.t('form.error.choice'));
  const coveredRegencyCodes =
    choices.namesCoveredRegencies && role === 'COORDINATOR'
      ? (form.text('coveredRegencyCodes') ?? '').split(/[\s,;]+/).filter(Boolean)
      : [];
  if (coveredRegencyCodes.some((code) => !regencyCodePattern.test(code))) {
    form.fail('coveredRegencyCodes', form.t('invite.error.regencyCodes'));
  }
  return {
    email: email ?? '',
    role: role ?? 'DELEGATE',
    regencyCode: scope?.regencyCode ?? null,
    agencyId: scope?.agencyId ?? null,
    coveredRegencyCodes,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  if ((await request.clone().formData()).get('intent') === 'revokeInvitation') {
    const revocation = await runAccountIntent(request, ['revokeInvitation']);
    return data<InviteOutcome>({ revoked: Boolean(revocation.data.done), formError: revocation.data.formError }, revocation.init ?? undefined);
  }
  const choices = await requireChoices(request);
  const t = await translatorOf(request);
  const form = new FormReader(await request.formData(), await languageOf(request));
  const input = readInvitation(form, choices);
  if (!form.valid) {
    return data<InviteOutcome>(
      { values: form.values, fieldErrors: form.errors, formError: t('form.errorSummary') },
      { status: 400 }
    );
  }

  const result = await graphqlRequest(request, inviteMutation, { input });
  if (result.ok) return data<InviteOutcome>({ invitation: result.data.invite });
  // The API names the regency and agency apart; the form offers them as one choice.
  const explained = explainApiErrors(result.errors, t, [...formFields, 'regencyCode', 'agencyId']);
  const { regencyCode, agencyId, ...fieldErrors } = explained.fieldErrors;
  const scopeError = fieldErrors.scope ?? regencyCode ?? agencyId;
  if (scopeError) fieldErrors.scope = scopeError;
  const formError =
    result.errors[0]?.code === 'FORBIDDEN'
      ? t('invite.error.forbidden')
      : explained.formError ?? t('form.errorSummary');
  return data<InviteOutcome>(
    { values: form.values, fieldErrors, formError },
    { status: statusForApiErrors(result.errors) }
  );
}

function ScopeGroup({ label, options }: { label: string; options: { value: string; label: string }[] }) {
  return (
    <optgroup label={label}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </optgroup>
  );
}

export default function Invitations() {
  const { t, language } = useI18n();
  const { choices, scopeOptions, pendingInvitations } = useLoaderData<typeof loader>();
  const scopeLabels = new Map(
    [...scopeOptions.regencies, ...scopeOptions.agencies].map((option) => [option.value, option.label])
  );
  const placeOf = (scope: InvitationScope) =>
    scopeLabels.get(scopeValue(scope)) ?? ([scope.agencyId, scope.regencyCode].filter(Boolean).join(' — ') || '—');
  const outcome = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  // After an invitation is sent the form starts empty again (its key changes), ready for the next person.
  const values = outcome?.invitation ? undefined : outcome?.values;
  const roleShown = shownValue(values, 'role', choices.roles[0]);

  return (
    <>
      <PageHeader title={t('invite.title')} lead={t('invite.lead')} />
      {outcome?.invitation ? (
        <Notice tone="success" title={t('invite.sent', { email: outcome.invitation.email })}>
          <ShareLink
            url={outcome.invitation.acceptUrl}
            label={t('invite.acceptLink')}
            hint={t('invite.acceptLink.hint', {
              date: formatDate(outcome.invitation.expiresAt, expiryTimeZone, language),
            })}
          />
        </Notice>
      ) : null}
      {outcome?.revoked ? <Notice tone="success">{t('invite.revoked')}</Notice> : null}
      {outcome?.formError ? <Notice tone="error">{outcome.formError}</Notice> : null}
      <Form method="post" className="stacked-form" noValidate key={outcome?.invitation?.acceptUrl ?? 'form'}>
        <Field
          name="email"
          label={t('invite.email')}
          hint={t('invite.email.hint')}
          required
          error={outcome?.fieldErrors?.email}
          inputProps={{ type: 'email', autoComplete: 'off', defaultValue: shownValue(values, 'email', null) }}
        />
        <Field
          name="role"
          label={t('invite.role')}
          required
          error={outcome?.fieldErrors?.role}
          control={(props) => (
            <select {...props} defaultValue={roleShown}>
              {choices.roles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        />
        <Field
          name="scope"
          label={t('invite.scope')}
          hint={t(choices.scopes === 'any' ? 'invite.scope.hintAdmin' : 'invite.scope.hint')}
          required={choices.scopes !== 'any'}
          error={outcome?.fieldErrors?.scope}
          control={(props) => (
            <select {...props} defaultValue={shownValue(values, 'scope', null)}>
              {choices.scopes === 'any' ? <option value="">{t('invite.scope.none')}</option> : null}
              <ScopeGroup label={t('invite.scope.regencies')} options={scopeOptions.regencies} />
              {scopeOptions.agencies.length > 0 ? (
                <ScopeGroup label={t('invite.scope.agencies')} options={scopeOptions.agencies} />
              ) : null}
            </select>
          )}
        />
        {choices.namesCoveredRegencies ? (
          <Field
            name="coveredRegencyCodes"
            label={t('invite.covered')}
            hint={t('invite.covered.hint')}
            error={outcome?.fieldErrors?.coveredRegencyCodes}
            inputProps={{ defaultValue: shownValue(values, 'coveredRegencyCodes', null), autoCapitalize: 'none' }}
          />
        ) : null}
        <Button type="submit" disabled={submitting}>
          {t('invite.submit')}
        </Button>
      </Form>

      <section className="content-section" aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t('invite.pending')}</h2>
        {pendingInvitations.length === 0 ? (
          <p className="muted">{t('invite.pending.none')}</p>
        ) : (
          <TableScroll label={t('invite.pending')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('invite.email')}</th>
                  <th scope="col">{t('invite.role')}</th>
                  <th scope="col">{t('invite.scope')}</th>
                  <th scope="col">{t('invite.pending.validUntil')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sessions.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {pendingInvitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row">{invitation.email}</th>
                    <td>{t(`role.${invitation.role}`)}</td>
                    <td>
                      {placeOf(invitation)}
                      {invitation.coveredRegencyCodes.length > 0 ? (
                        <span className="muted table-note">{invitation.coveredRegencyCodes.join(', ')}</span>
                      ) : null}
                    </td>
                    <td>{formatDate(invitation.expiresAt, expiryTimeZone, language)}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="revokeInvitation" />
                        <input type="hidden" name="id" value={invitation.id} />
                        <Button type="submit" variant="secondary">
                          {t('invite.revoke')}
                        </Button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
