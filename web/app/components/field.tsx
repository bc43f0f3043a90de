import { type InputHTMLAttributes, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Props a field's control must carry so its label, hint and error are announced with it. */
export interface FieldControlProps {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled form control with an optional hint and the server's error for that field. Renders an `<input>` by
 * default; pass `control` to render a select, textarea or any other element with the same wiring.
 */
export function Field({
  label,
  name,
  hint,
  error,
  required,
  inputProps,
  control,
  idPrefix = 'field',
}: {
  label: ReactNode;
  name: string;
  /** Distinguishes fields of the same name in several forms on one page (e.g. `cost`, `funding`). */
  idPrefix?: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  control?: (props: FieldControlProps) => ReactNode;
}) {
  const { t } = useI18n();
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const controlProps: FieldControlProps = {
    id,
    name,
    ...(required ? { required: true } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t('field.required')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control ? control(controlProps) : <input {...inputProps} {...controlProps} />}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
