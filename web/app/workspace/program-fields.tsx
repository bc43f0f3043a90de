import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { type FieldErrors, type FormValues, shownChoices, shownNumber, shownValue } from '../lib/form-reader';
import { programThemes } from '../lib/program-themes';
import { programActivities } from './program-form';

/** What the form starts from: the stored program when editing, nothing when creating. */
export interface StoredProgramFields {
  title: string;
  acronym: string | null;
  localName: string | null;
  leadAgency: { id: string } | null;
  themes: readonly string[];
  summary: string;
  titleEn: string | null;
  summaryEn: string | null;
  problem: string;
  approachSteps: readonly string[];
  legalBasis: string | null;
  startYear: number | null;
  endYear: number | null;
  activity: string;
  beneficiaries: number | null;
  beneficiaryUnit: string | null;
  unitsBuilt: number | null;
  totalBudgetRupiah: string | null;
  unitCostRupiah: string | null;
  unitCostUnit: string | null;
}

/**
 * The profile fields shared by the create and edit forms, grouped as a host reads them. Each field shows what was
 * typed when the server refused the form, and the server's message next to it.
 */
export function ProgramFields({
  stored,
  values,
  errors,
  agencies,
  leadAgencyRequired = false,
}: {
  stored: StoredProgramFields | null;
  values: FormValues | undefined;
  errors: FieldErrors | undefined;
  agencies: readonly { id: string; name: string }[];
  /** For an agency's host editor, whose right to the program is its lead agency. */
  leadAgencyRequired?: boolean;
}) {
  const { t, language } = useI18n();
  const shown = (name: keyof StoredProgramFields & string, storedValue?: string | number | null) =>
    shownValue(values, name, storedValue === undefined ? (stored?.[name] as string | number | null) : storedValue);
  const text = (name: keyof StoredProgramFields & string) => ({ defaultValue: shown(name) });
  // Stored numbers are shown written the way they are read back (1200 → "1.200", Rp50.000.000 → "50.000.000").
  const number = (name: 'beneficiaries' | 'unitsBuilt' | 'totalBudgetRupiah' | 'unitCostRupiah') => ({
    defaultValue: shownNumber(values, name, stored?.[name], language),
    inputMode: 'numeric' as const,
  });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('workspace.section.identity')}</legend>
        <Field
          name="title"
          label={t('workspace.field.title')}
          hint={t('workspace.field.title.hint')}
          required
          error={errors?.title}
          inputProps={text('title')}
        />
        <div className="form-row">
          <Field
            name="acronym"
            label={t('workspace.field.acronym')}
            hint={t('workspace.field.acronym.hint')}
            error={errors?.acronym}
            inputProps={text('acronym')}
          />
          <Field
            name="localName"
            label={t('workspace.field.localName')}
            error={errors?.localName}
            inputProps={text('localName')}
          />
        </div>
        <Field
          name="leadAgencyId"
          label={t('workspace.field.leadAgency')}
          error={errors?.leadAgencyId}
          required={leadAgencyRequired}
          control={(props) => (
            <select {...props} defaultValue={shownValue(values, 'leadAgencyId', stored?.leadAgency?.id)}>
              {leadAgencyRequired ? null : <option value="">{t('workspace.field.leadAgency.none')}</option>}
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        />
        <ChoiceGroup
          legend={t('workspace.field.themes')}
          name="themes"
          options={programThemes.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
          checked={shownChoices(values, 'themes', stored?.themes ?? [])}
          error={errors?.themes}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('workspace.section.content')}</legend>
        <Field
          name="summary"
          label={t('workspace.field.summary')}
          hint={t('workspace.field.summary.hint')}
          required
          error={errors?.summary}
          control={(props) => <textarea {...props} rows={4} defaultValue={shown('summary')} />}
        />
        <Field name="titleEn" label={t('workspace.field.titleEn')} hint={t('workspace.field.english.hint')} error={errors?.titleEn} inputProps={{ ...text('titleEn'), lang: 'en' }} />
        <Field
          name="summaryEn"
          label={t('workspace.field.summaryEn')}
          error={errors?.summaryEn}
          control={(props) => <textarea {...props} lang="en" rows={4} defaultValue={shown('summaryEn')} />}
        />
        <Field
          name="problem"
          label={t('workspace.field.problem')}
          error={errors?.problem}
          control={(props) => <textarea {...props} rows={3} defaultValue={shown('problem')} />}
        />
        <Field
          name="approachSteps"
          label={t('workspace.field.approachSteps')}
          hint={t('workspace.field.approachSteps.hint')}
          error={errors?.approachSteps}
          control={(props) => (
            <textarea {...props} rows={5} defaultValue={shown('approachSteps', stored?.approachSteps.join('\n'))} />
          )}
        />
        <Field
          name="legalBasis"
          label={t('workspace.field.legalBasis')}
          hint={t('workspace.field.legalBasis.hint')}
          error={errors?.legalBasis}
          inputProps={text('legalBasis')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('workspace.section.scale')}</legend>
        <div className="form-row">
          <Field
            name="startYear"
            label={t('workspace.field.startYear')}
            error={errors?.startYear}
            inputProps={{ ...text('startYear'), inputMode: 'numeric' }}
          />
          <Field
            name="endYear"
            label={t('workspace.field.endYear')}
            hint={t('workspace.field.endYear.hint')}
            error={errors?.endYear}
            inputProps={{ ...text('endYear'), inputMode: 'numeric' }}
          />
          <Field
            name="activity"
            label={t('workspace.field.activity')}
            error={errors?.activity}
            control={(props) => (
              <select {...props} defaultValue={shown('activity') || 'RUNNING'}>
                {programActivities.map((activity) => (
                  <option key={activity} value={activity}>
                    {t(`activity.${activity}`)}
                  </option>
                ))}
              </select>
            )}
          />
        </div>
        <div className="form-row">
          <Field
            name="beneficiaries"
            label={t('workspace.field.beneficiaries')}
            error={errors?.beneficiaries}
            inputProps={number('beneficiaries')}
          />
          <Field
            name="beneficiaryUnit"
            label={t('workspace.field.beneficiaryUnit')}
            hint={t('workspace.field.beneficiaryUnit.hint')}
            error={errors?.beneficiaryUnit}
            inputProps={text('beneficiaryUnit')}
          />
          <Field
            name="unitsBuilt"
            label={t('workspace.field.unitsBuilt')}
            error={errors?.unitsBuilt}
            inputProps={number('unitsBuilt')}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('workspace.section.money')}</legend>
        <div className="form-row">
          <Field
            name="totalBudgetRupiah"
            label={t('workspace.field.totalBudgetRupiah')}
            hint={t('workspace.field.totalBudgetRupiah.hint')}
            error={errors?.totalBudgetRupiah}
            inputProps={number('totalBudgetRupiah')}
          />
          <Field
            name="unitCostRupiah"
            label={t('workspace.field.unitCostRupiah')}
            error={errors?.unitCostRupiah}
            inputProps={number('unitCostRupiah')}
          />
          <Field
            name="unitCostUnit"
            label={t('workspace.field.unitCostUnit')}
            hint={t('workspace.field.unitCostUnit.hint')}
            error={errors?.unitCostUnit}
            inputProps={text('unitCostUnit')}
          />
        </div>
      </fieldset>
    </>
  );
}
