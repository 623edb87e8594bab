import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

interface FieldProps {
  id: string;
  label: string;
  /** Shown under the control and announced with it. */
  hint?: string;
  error?: string;
  /** The school set this value (managed settings): shown, announced, not editable. */
  locked?: boolean;
  /** The error is announced as it appears (a form that checks only when it is sent). */
  announce?: boolean;
  children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ComponentChildren;
}

/** An error message; the marker, written here only, makes it visible without colour. */
export function FieldError({ id, text, as: Tag = 'span', announce }: { id?: string; text: string; as?: 'span' | 'p'; announce?: boolean }) {
  return (
    <Tag id={id} class="error" role={announce ? 'alert' : undefined}>
      ⚠ {text}
    </Tag>
  );
}

/** The hint, the school's lock and the error under a control, with the ids its aria-describedby names. */
function Descriptions({
  id,
  hint,
  error,
  locked,
  announce,
}: {
  id: string;
  hint?: string;
  error?: string;
  locked?: boolean;
  announce?: boolean;
}) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {locked && (
        <span id={`${id}-locked`} class="locked">
          🔒 {t('dashFieldSetBySchool')}
        </span>
      )}
      {error && <FieldError id={`${id}-error`} text={error} announce={announce} />}
    </>
  );
}

const describedBy = (id: string, { hint, error, locked }: { hint?: string; error?: string; locked?: boolean }) =>
  [hint && `${id}-hint`, locked && `${id}-locked`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

/** A labelled form control with its hint, lock and error message tied to it for screen readers. */
export function Field({ id, label, hint, error, locked, announce, children }: FieldProps) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy(id, { hint, error, locked }), 'aria-invalid': error ? true : undefined })}
      <Descriptions id={id} hint={hint} error={error} locked={locked} announce={announce} />
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
  locked?: boolean;
  min?: string | number;
  max?: string | number;
  placeholder?: string;
  list?: string;
  inputMode?: 'numeric' | 'text';
};

export function InputField({ id, label, value, onChange, hint, error, locked, type = 'text', ...rest }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} locked={locked}>
      {(a11y) => (
        // Read-only, not disabled: a locked value stays focusable and readable by screen readers.
        <input type={type} {...rest} {...a11y} readOnly={locked} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
    </Field>
  );
}

type TextAreaProps = Pick<InputProps, 'id' | 'label' | 'value' | 'onChange' | 'hint' | 'error' | 'locked'> & {
  rows?: number;
  maxLength?: number;
  required?: boolean;
};

/** A longer text (a routine, a note), read-only rather than disabled when the school locked it, as an input. */
export function TextAreaField({ id, label, value, onChange, hint, error, locked, rows = 4, ...rest }: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} locked={locked}>
      {(a11y) => (
        <textarea {...rest} {...a11y} rows={rows} readOnly={locked} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
    </Field>
  );
}

type CheckboxProps = {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  locked?: boolean;
};

export function CheckboxField({ id, label, checked, onChange, hint, locked }: CheckboxProps) {
  return (
    <div class="field checkbox">
      {/* A checkbox has no read-only state: a locked one is disabled. */}
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-describedby={describedBy(id, { hint, locked })}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <Descriptions id={id} hint={hint} locked={locked} />
    </div>
  );
}
