import { type FieldMetadata, type FormMetadata } from '@conform-to/react';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { useHydrated } from '../components/use-hydrated';
import { useI18n } from '../i18n/i18n-context';
import { fieldOf } from '../lib/conform-form';
import { pastedParticipants } from './visit-request-form';

type Row = { name?: string; position?: string } | undefined;

/**
 * The participants as rows that can be added and removed (Conform's field list: its buttons submit an intent, so
 * they work without JavaScript too) and a box that takes lines pasted from a spreadsheet: with JavaScript they
 * become rows at once, without it when the form is sent.
 */
export function ParticipantRows<Schema extends Record<string, unknown>>({
  form,
  rows,
}: {
  form: FormMetadata<Schema, string[]>;
  rows: FieldMetadata<Row[] | undefined, Schema, string[]>;
}) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const items = rows.getFieldList();
  const addPasted = (pasted: string) => {
    for (const row of pastedParticipants(pasted)) form.insert({ name: rows.name, defaultValue: row });
  };
  return (
    <fieldset className="field participant-rows">
      <legend className="field__label">{t('request.participants')}</legend>
      <p className="field__hint">{t('request.participants.rowsHint')}</p>
      {rows.errors?.[0] ? <p className="field__error">{rows.errors[0]}</p> : null}
      <ol className="participant-rows__list">
        {items.map((item, index) => {
          const cells = item.getFieldset();
          const name = fieldOf(cells.name);
          const position = fieldOf(cells.position);
          return (
            <li key={item.key} className="form-row participant-rows__row">
              <Field
                idPrefix={`participant-${index}`}
                name={name.name}
                label={t('request.participant.name', { number: index + 1 })}
                error={name.error}
                inputProps={{ defaultValue: name.defaultValue, autoComplete: 'off' }}
              />
              <Field
                idPrefix={`participant-${index}`}
                name={position.name}
                label={t('request.participant.position', { number: index + 1 })}
                error={position.error}
                inputProps={{ defaultValue: position.defaultValue, autoComplete: 'off' }}
              />
              <Button variant="quiet" {...form.remove.getButtonProps({ name: rows.name, index })}>
                {t('request.participant.remove', { number: index + 1 })}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" {...form.insert.getButtonProps({ name: rows.name })}>
        {t('request.participant.add')}
      </Button>
      <Field
        idPrefix="request"
        name="pastedParticipants"
        label={t('request.participants.paste')}
        hint={t(hydrated ? 'request.participants.paste.hintNow' : 'request.participants.paste.hintOnSend')}
        control={(props) => (
          <textarea
            {...props}
            rows={3}
            onChange={(event) => {
              if (!event.target.value.includes('\n') && !event.target.value.includes('\t')) return;
              addPasted(event.target.value);
              event.target.value = '';
            }}
          />
        )}
      />
    </fieldset>
  );
}
