import type { RefObject } from 'preact';
import { t } from '@/utils/i18n';
import type { ExportAuthor } from './export-api';

/** The fields a file for the principal cannot do without, in the order they are asked for. */
export function missingAuthor(author: ExportAuthor): (keyof ExportAuthor)[] {
  return (['teacher', 'school'] as const).filter((field) => !author[field].trim());
}

/**
 * The teacher's name and school, asked for beside the export buttons (and kept in the settings), so
 * that a file made here always names who made it. A missing field is marked and explained in words.
 */
export function AuthorFields({
  author,
  missing,
  disabled,
  onChange,
  fieldsetRef,
}: {
  author: ExportAuthor;
  missing: readonly (keyof ExportAuthor)[];
  disabled: boolean;
  onChange: (author: ExportAuthor) => void;
  fieldsetRef?: RefObject<HTMLFieldSetElement | null>;
}) {
  const field = (name: keyof ExportAuthor, label: string) => {
    const invalid = missing.includes(name);
    return (
      <p>
        <label>
          {label}{' '}
          <input
            type="text"
            name={name}
            maxLength={200}
            autoComplete={name === 'teacher' ? 'name' : 'organization'}
            value={author[name]}
            disabled={disabled}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? `export-author-${name}-error` : undefined}
            onInput={(e) => onChange({ ...author, [name]: e.currentTarget.value })}
          />
        </label>
        {invalid && (
          <span id={`export-author-${name}-error`} class="field-error">
            {' '}
            {t(name === 'teacher' ? 'export_authorTeacherMissing' : 'export_authorSchoolMissing')}
          </span>
        )}
      </p>
    );
  };
  return (
    <fieldset class="export-author" ref={fieldsetRef}>
      <legend>{t('export_authorLegend')}</legend>
      {field('teacher', t('export_authorTeacher'))}
      {field('school', t('export_authorSchool'))}
    </fieldset>
  );
}
