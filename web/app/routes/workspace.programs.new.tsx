import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { newProgramScope } from '../accounts/roles';
import { requireViewer } from '../accounts/viewer.server';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { languageOf } from '../i18n/language.server';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { FormReader, shownValue } from '../lib/form-reader';
import { rejectApiErrors, rejectInvalidForm } from '../lib/form-submission.server';
import { loadRegencyOptions, type RegencyOption } from '../regions/regions.server';
import { createProgram, loadAgencyOptions } from '../workspace/program-editing.server';
import { ProgramFields } from '../workspace/program-fields';
import { programProfileFields, readNewProgramPlace, readProgramFields } from '../workspace/program-form';

/**
 * The lead agencies offered: an agency's host editor names their own agency; otherwise one is picked here only
 * when the host region is known in advance, else on the edit page.
 */
async function leadAgencyOptions(request: Request, leadAgencyIds: string[] | null, regencies: RegencyOption[]) {
  if (leadAgencyIds) return (await loadAgencyOptions(request, null)).filter((agency) => leadAgencyIds.includes(agency.id));
  return regencies.length === 1 ? loadAgencyOptions(request, regencies[0]!.code) : [];
}

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const scope = newProgramScope(viewer);
  const regencies = await loadRegencyOptions(request, scope.regencyCodes);
  const agencies = await leadAgencyOptions(request, scope.leadAgencyIds, regencies);
  return { regencies, agencies, leadAgencyRequired: scope.leadAgencyIds !== null };
}

export const meta: MetaFunction = ({ matches }) => {
  const t = translatorForMeta(matches);
  return pageMeta(t, t('workspace.new.title'));
};

const formFields = ['hostRegencyCode', 'slug', ...programProfileFields];

export async function action({ request }: ActionFunctionArgs) {
  const form = new FormReader(await request.formData(), await languageOf(request));
  const place = readNewProgramPlace(form);
  const fields = readProgramFields(form);
  if (!form.valid) return rejectInvalidForm(form);

  const result = await createProgram(request, { ...place, ...fields });
  if (result.ok) throw redirect(`/workspace/programs/${result.data.createProgram.slug}/edit?done=created`);
  return rejectApiErrors(form, result.errors, formFields);
}

export default function NewProgram() {
  const { t } = useI18n();
  const { regencies, agencies, leadAgencyRequired } = useLoaderData<typeof loader>();
  const rejection = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';

  return (
    <>
      <PageHeader title={t('workspace.new.title')} lead={t('workspace.new.lead')} />
      {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}
      <Form method="post" className="stacked-form program-form" noValidate>
        <fieldset className="form-section">
          <legend>{t('workspace.field.hostRegency')}</legend>
          <div className="form-row">
            <Field
              name="hostRegencyCode"
              label={t('workspace.field.hostRegency')}
              required
              error={rejection?.fieldErrors.hostRegencyCode}
              control={(props) => (
                <select {...props} defaultValue={shownValue(rejection?.values, 'hostRegencyCode', regencies[0]?.code)}>
                  {regencies.map((regency) => (
                    <option key={regency.code} value={regency.code}>
                      {t('regency.inProvince', { regency: regency.name, province: regency.province.name })}
                    </option>
                  ))}
                </select>
              )}
            />
            <Field
              name="slug"
              label={t('workspace.field.slug')}
              hint={t('workspace.field.slug.hint')}
              error={rejection?.fieldErrors.slug}
              inputProps={{ defaultValue: shownValue(rejection?.values, 'slug', null), autoCapitalize: 'none' }}
            />
          </div>
        </fieldset>
        <ProgramFields stored={null} values={rejection?.values} errors={rejection?.fieldErrors} agencies={agencies} leadAgencyRequired={leadAgencyRequired} />
        <Button type="submit" disabled={submitting}>
          {t('workspace.new.submit')}
        </Button>
      </Form>
    </>
  );
}
