import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  /** Shown under the control and announced with it. */
  hint?: string;
  error?: string;
  children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ComponentChildren;
}

/** A labelled form control with its hint and error message tied to it for screen readers. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <span id={hintId} class="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} class="error">
          {/* The marker makes the error visible without colour. */}⚠ {error}
        </span>
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectProps = {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
};

export function SelectField({ id, label, value, options, onChange, hint, error }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type InputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'search' | 'date' | 'number' | 'datetime-local';
  hint?: string;
  error?: string;
  min?: string | number;
  max?: string | number;
  placeholder?: string;
  list?: string;
  inputMode?: 'numeric' | 'text';
};

export function InputField({ id, label, value, onChange, hint, error, type = 'text', ...rest }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => <input type={type} {...rest} {...a11y} value={value} onInput={(e) => onChange(e.currentTarget.value)} />}
    </Field>
  );
}

type CheckboxProps = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string };

export function CheckboxField({ id, label, checked, onChange, hint }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="hint">
          {hint}
        </span>
      )}
    </div>
  );
}
