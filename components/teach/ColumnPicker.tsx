import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import { DRAFT_COLUMNS, REQUIRED, type RecipeDraft } from '@/utils/recipes/draft';
import { RECIPE_KINDS, type RecipeColumn, type RecipeKind } from '@/utils/recipes/types';

const COLUMN_LABEL: Record<RecipeColumn, MessageKey> = {
  pupil: 'teachColumn_pupil',
  level: 'teachColumn_level',
  grade: 'teachColumn_grade',
  status: 'teachColumn_status',
  comment: 'teachColumn_comment',
  subject: 'teachColumn_subject',
  term: 'teachColumn_term',
  notReached: 'teachColumn_notReached',
  reached: 'teachColumn_reached',
  exceeding: 'teachColumn_exceeding',
};

const KIND_LABEL: Record<RecipeKind, MessageKey> = {
  'group-assessment': 'teachKindAssessment',
  grades: 'teachKindGrades',
  'pupil-assessment': 'teachKindPupil',
};

/** What the page shows, which header means what, and the subject and term when no column has them. */
export function ColumnPicker({
  headers,
  draft,
  onChange,
  termInvalid,
}: {
  headers: readonly string[];
  draft: RecipeDraft;
  onChange(draft: RecipeDraft): void;
  termInvalid: boolean;
}) {
  const setColumn = (column: RecipeColumn, header: string) => onChange({ ...draft, columns: { ...draft.columns, [column]: header } });
  const setMatch = (patch: Partial<RecipeDraft['match']>) => onChange({ ...draft, match: { ...draft.match, ...patch } });
  return (
    <fieldset class="columns">
      <legend>{t('teachStepColumns')}</legend>
      <KindChoice kind={draft.kind} onKind={(kind) => onChange({ ...draft, kind })} />
      {DRAFT_COLUMNS[draft.kind].map((column) => (
        <ColumnSelect
          key={column}
          column={column}
          required={REQUIRED[draft.kind].includes(column)}
          headers={headers}
          value={draft.columns[column] ?? ''}
          onChange={(header) => setColumn(column, header)}
        />
      ))}
      <TextLine label={t('teachSubject')} maxLength={80} value={draft.subject} onInput={(subject) => onChange({ ...draft, subject })} />
      <TextLine
        label={t('teachTerm')}
        maxLength={40}
        value={draft.term}
        invalid={termInvalid}
        onInput={(term) => onChange({ ...draft, term })}
      />
      <TextLine label={t('teachName')} maxLength={80} value={draft.name} onInput={(name) => onChange({ ...draft, name })} />
      <TextLine label={t('teachHeading')} maxLength={120} value={draft.match.heading ?? ''} onInput={(heading) => setMatch({ heading })} />
      <TextLine
        label={
          <>
            {t('teachAddress')} <span class="muted">{draft.match.host}</span>
          </>
        }
        maxLength={300}
        value={draft.match.path}
        onInput={(path) => setMatch({ path })}
      />
    </fieldset>
  );
}

/** Which kind of table the page shows: a group's assessments, grades, or one pupil's. */
function KindChoice({ kind: chosen, onKind }: { kind: RecipeKind; onKind: (kind: RecipeKind) => void }) {
  return (
    <fieldset class="kind">
      <legend>{t('teachKind')}</legend>
      {RECIPE_KINDS.map((kind) => (
        <label key={kind} class="choice">
          <input type="radio" name="teach-kind" checked={chosen === kind} onChange={() => onKind(kind)} /> {t(KIND_LABEL[kind])}
        </label>
      ))}
    </fieldset>
  );
}

interface ColumnSelectProps {
  column: RecipeColumn;
  required: boolean;
  headers: readonly string[];
  value: string;
  onChange: (header: string) => void;
}

/** Which of the table's headers holds one column Insyn reads; a column it can do without may have none. */
function ColumnSelect({ column, required, headers, value, onChange }: ColumnSelectProps) {
  return (
    <label class="field">
      {t(COLUMN_LABEL[column])}
      <select data-teach-column={column} required={required} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{required ? t('teachChoose') : t('teachNone')}</option>
        {headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </label>
  );
}

interface TextLineProps {
  label: ComponentChildren;
  maxLength: number;
  value: string;
  invalid?: boolean;
  onInput: (value: string) => void;
}

/** A line of text the teacher types, its label wrapping it. */
function TextLine({ label, maxLength, value, invalid, onInput }: TextLineProps) {
  return (
    <label class="field">
      {label}
      <input type="text" maxLength={maxLength} value={value} aria-invalid={invalid} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  );
}
