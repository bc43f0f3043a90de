import { type ReactNode } from 'react';

/** Checkboxes (or radio buttons) under one legend, with the server's error for the group. */
export function ChoiceGroup({
  legend,
  name,
  options,
  checked,
  error,
  hint,
  type = 'checkbox',
  idPrefix = 'field',
}: {
  legend: ReactNode;
  name: string;
  options: readonly { value: string; label: ReactNode }[];
  checked: readonly string[];
  error?: string;
  hint?: ReactNode;
  type?: 'checkbox' | 'radio';
  idPrefix?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="field choice-group" aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type={type} name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
