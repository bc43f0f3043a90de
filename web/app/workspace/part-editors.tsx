import { Form } from '@remix-run/react';
import { type ReactNode } from 'react';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { useI18n } from '../i18n/i18n-context';
import { formatMeasure, formatPeriod, formatRupiah } from '../lib/format';
import { type FieldErrors, type FormValues, shownValue } from '../lib/form-reader';
import { fundingKinds } from '../programs/program-vocabulary';
import { type EditableProgram } from './program-editing.server';
import { costKinds } from './program-form';
import { type PartKind } from './edit-intents';

export interface PartRejection {
  values: FormValues;
  fieldErrors: FieldErrors;
  formError?: string;
}

interface FieldsProps {
  values: FormValues | undefined;
  errors: FieldErrors | undefined;
}

/** A text field of a part form, ids prefixed with the part kind so several forms can share field names. */
function PartField({
  kind,
  name,
  label,
  hint,
  required,
  values,
  errors,
  inputMode,
  type,
}: FieldsProps & {
  kind: PartKind;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  type?: 'date' | 'url';
}) {
  return (
    <Field
      idPrefix={kind}
      name={name}
      label={label}
      hint={hint}
      required={required}
      error={errors?.[name]}
      inputProps={{
        defaultValue: shownValue(values, name, null),
        ...(inputMode ? { inputMode } : {}),
        ...(type ? { type } : {}),
      }}
    />
  );
}

function KindSelect({
  kind,
  options,
  values,
  errors,
}: FieldsProps & { kind: 'cost' | 'funding'; options: readonly { value: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <Field
      idPrefix={kind}
      name="kind"
      label={t('workspace.part.kind')}
      required
      error={errors?.kind}
      control={(props) => (
        <select {...props} defaultValue={shownValue(values, 'kind', options[0]?.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

function CostFields(props: FieldsProps) {
  const { t } = useI18n();
  const options = costKinds.map((kind) => ({ value: kind, label: t(`costKind.${kind}`) }));
  return (
    <>
      <KindSelect kind="cost" options={options} {...props} />
      <PartField kind="cost" name="label" label={t('workspace.part.label')} required {...props} />
      <div className="form-row">
        <PartField
          kind="cost"
          name="amountRupiah"
          label={t('workspace.part.amountRupiah')}
          required
          inputMode="numeric"
          {...props}
        />
        <PartField kind="cost" name="unit" label={t('workspace.part.unit')} {...props} />
        <PartField kind="cost" name="year" label={t('workspace.part.year')} inputMode="numeric" {...props} />
      </div>
      <PartField kind="cost" name="source" label={t('workspace.part.source')} {...props} />
    </>
  );
}

function FundingFields(props: FieldsProps) {
  const { t } = useI18n();
  const options = fundingKinds.map((kind) => ({ value: kind, label: t(`fundingKind.${kind}`) }));
  return (
    <>
      <KindSelect kind="funding" options={options} {...props} />
      <div className="form-row">
        <PartField
          kind="funding"
          name="sharePercent"
          label={t('workspace.part.sharePercent')}
          inputMode="decimal"
          {...props}
        />
        <PartField
          kind="funding"
          name="amountRupiah"
          label={t('workspace.part.amountRupiah')}
          inputMode="numeric"
          {...props}
        />
      </div>
      <PartField kind="funding" name="note" label={t('workspace.part.note')} {...props} />
    </>
  );
}

function OutcomeFields(props: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <PartField kind="outcome" name="indicator" label={t('workspace.part.indicator')} required {...props} />
      <div className="form-row">
        <PartField kind="outcome" name="baseline" label={t('workspace.part.baseline')} inputMode="decimal" {...props} />
        <PartField
          kind="outcome"
          name="value"
          label={t('workspace.part.value')}
          required
          inputMode="decimal"
          {...props}
        />
        <PartField kind="outcome" name="unit" label={t('workspace.part.unit')} required {...props} />
      </div>
      <PartField
        kind="outcome"
        name="period"
        label={t('workspace.part.period')}
        hint={t('workspace.part.period.hint')}
        required
        {...props}
      />
      <fieldset className="form-section">
        <legend>{t('workspace.part.source')}</legend>
        <PartField
          kind="outcome"
          name="source.title"
          label={t('workspace.part.sourceTitle')}
          hint={t('workspace.part.sourceTitle.hint')}
          {...props}
        />
        <div className="form-row">
          <PartField kind="outcome" name="source.publisher" label={t('workspace.part.sourcePublisher')} {...props} />
          <PartField
            kind="outcome"
            name="source.publishedOn"
            label={t('workspace.part.sourcePublishedOn')}
            type="date"
            {...props}
          />
        </div>
        <PartField kind="outcome" name="source.url" label={t('workspace.part.sourceUrl')} type="url" {...props} />
      </fieldset>
    </>
  );
}

function PartnerFields(props: FieldsProps) {
  const { t } = useI18n();
  return (
    <div className="form-row">
      <PartField kind="partner" name="name" label={t('workspace.part.name')} required {...props} />
      <PartField kind="partner" name="role" label={t('workspace.part.role')} {...props} />
    </div>
  );
}

function ContactFields(props: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-row">
        <PartField kind="contact" name="name" label={t('workspace.part.name')} required {...props} />
        <PartField kind="contact" name="role" label={t('workspace.part.role')} required {...props} />
      </div>
      <div className="form-row">
        <PartField kind="contact" name="phone" label={t('workspace.part.phone')} inputMode="tel" {...props} />
        <PartField kind="contact" name="email" label={t('workspace.part.email')} inputMode="email" {...props} />
      </div>
    </>
  );
}

function DocumentFields(props: FieldsProps) {
  const { t } = useI18n();
  return (
    <div className="form-row">
      <PartField kind="document" name="title" label={t('workspace.part.documentTitle')} required {...props} />
      <PartField kind="document" name="url" label={t('workspace.part.url')} required inputMode="url" {...props} />
    </div>
  );
}

function PartSection({
  kind,
  title,
  version,
  items,
  rejection,
  children,
}: {
  kind: PartKind;
  title: string;
  version: number;
  items: readonly { id: string; name: string; description: ReactNode }[];
  rejection: PartRejection | undefined;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="part-editor card" aria-labelledby={`part-${kind}-heading`}>
      <h3 id={`part-${kind}-heading`}>{title}</h3>
      {items.length > 0 ? (
        <ul className="part-editor__items">
          {items.map((item) => (
            <li key={item.id}>
              <span>
                <strong>{item.name}</strong> {item.description}
              </span>
              <Form method="post" preventScrollReset>
                <input type="hidden" name="intent" value={`remove-${kind}`} />
                <input type="hidden" name="id" value={item.id} />
                <input type="hidden" name="version" value={version} />
                <button
                  type="submit"
                  className="button button--quiet"
                  aria-label={t('workspace.parts.removeItem', { name: item.name })}
                >
                  {t('workspace.parts.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('workspace.parts.none')}</p>
      )}
      {/* Closed until needed, so the page stays short; open again when the server refused what was typed. */}
      <details className="part-editor__add" open={rejection ? true : undefined}>
        <summary>{t('workspace.parts.addTo', { part: title })}</summary>
        {rejection?.formError ? <Notice tone="error">{rejection.formError}</Notice> : null}
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value={`add-${kind}`} />
          <input type="hidden" name="version" value={version} />
          {children}
          <button type="submit" className="button button--secondary">
            {t('workspace.parts.add')}
          </button>
        </Form>
      </details>
    </section>
  );
}

/** The six kinds of parts of a profile, each listed with a remove button and an add form of its own. */
export function PartEditors({
  program,
  rejections,
}: {
  program: EditableProgram;
  rejections: Partial<Record<PartKind, PartRejection>>;
}) {
  const { t, language } = useI18n();
  const formProps = (kind: PartKind): FieldsProps => ({
    values: rejections[kind]?.values,
    errors: rejections[kind]?.fieldErrors,
  });
  const section = (kind: PartKind) => ({ kind, version: program.version, rejection: rejections[kind] });

  return (
    <div className="part-editors">
      <PartSection
        {...section('cost')}
        title={t('workspace.parts.costs')}
        items={program.costs.map((cost) => ({
          id: cost.id,
          name: cost.label,
          description: `${formatRupiah(cost.amountRupiah, language)} ${cost.unit ?? ''}`,
        }))}
      >
        <CostFields {...formProps('cost')} />
      </PartSection>
      <PartSection
        {...section('funding')}
        title={t('workspace.parts.funding')}
        items={program.funding.map((funding) => ({
          id: funding.id,
          name: t(`fundingKind.${funding.kind}`),
          description: [
            funding.sharePercent != null ? formatMeasure(funding.sharePercent, '%', language) : null,
            funding.amountRupiah ? formatRupiah(funding.amountRupiah, language) : null,
            funding.note,
          ]
            .filter(Boolean)
            .join(' · '),
        }))}
      >
        <FundingFields {...formProps('funding')} />
      </PartSection>
      <PartSection
        {...section('outcome')}
        title={t('workspace.parts.outcomes')}
        items={program.outcomes.map((outcome) => ({
          id: outcome.id,
          name: outcome.indicator,
          description: `${
            outcome.baseline != null ? `${formatMeasure(outcome.baseline, outcome.unit, language)} → ` : ''
          }${formatMeasure(outcome.value, outcome.unit, language)} (${formatPeriod(outcome.period, language)})`,
        }))}
      >
        <OutcomeFields {...formProps('outcome')} />
      </PartSection>
      <PartSection
        {...section('partner')}
        title={t('workspace.parts.partners')}
        items={program.partners.map((partner) => ({ id: partner.id, name: partner.name, description: partner.role }))}
      >
        <PartnerFields {...formProps('partner')} />
      </PartSection>
      <PartSection
        {...section('contact')}
        title={t('workspace.parts.contacts')}
        items={program.contacts.map((contact) => ({
          id: contact.id,
          name: contact.name,
          description: [contact.role, contact.phone, contact.email].filter(Boolean).join(' · '),
        }))}
      >
        <ContactFields {...formProps('contact')} />
      </PartSection>
      <PartSection
        {...section('document')}
        title={t('workspace.parts.documents')}
        items={program.documents.map((document) => ({
          id: document.id,
          name: document.title,
          description: document.url,
        }))}
      >
        <DocumentFields {...formProps('document')} />
      </PartSection>
    </div>
  );
}
