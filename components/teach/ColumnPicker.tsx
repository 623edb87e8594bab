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
  const setKind = (kind: RecipeKind) => onChange({ ...draft, kind });
  const setColumn = (column: RecipeColumn, header: string) => onChange({ ...draft, columns: { ...draft.columns, [column]: header } });
  return (
    <fieldset class="columns">
      <legend>{t('teachStepColumns')}</legend>
      <fieldset class="kind">
        <legend>{t('teachKind')}</legend>
        {RECIPE_KINDS.map((kind) => (
          <label key={kind} class="choice">
            <input type="radio" name="teach-kind" checked={draft.kind === kind} onChange={() => setKind(kind)} /> {t(KIND_LABEL[kind])}
          </label>
        ))}
      </fieldset>
      {DRAFT_COLUMNS[draft.kind].map((column) => {
        const required = REQUIRED[draft.kind].includes(column);
        return (
          <label key={column} class="field">
            {t(COLUMN_LABEL[column])}
            <select
              data-teach-column={column}
              required={required}
              value={draft.columns[column] ?? ''}
              onChange={(e) => setColumn(column, e.currentTarget.value)}
            >
              <option value="">{required ? t('teachChoose') : t('teachNone')}</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <label class="field">
        {t('teachSubject')}
        <input type="text" maxLength={80} value={draft.subject} onInput={(e) => onChange({ ...draft, subject: e.currentTarget.value })} />
      </label>
      <label class="field">
        {t('teachTerm')}
        <input
          type="text"
          maxLength={40}
          value={draft.term}
          aria-invalid={termInvalid}
          onInput={(e) => onChange({ ...draft, term: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        {t('teachName')}
        <input type="text" maxLength={80} value={draft.name} onInput={(e) => onChange({ ...draft, name: e.currentTarget.value })} />
      </label>
      <label class="field">
        {t('teachHeading')}
        <input
          type="text"
          maxLength={120}
          value={draft.match.heading ?? ''}
          onInput={(e) => onChange({ ...draft, match: { ...draft.match, heading: e.currentTarget.value } })}
        />
      </label>
      <label class="field">
        {t('teachAddress')} <span class="muted">{draft.match.host}</span>
        <input
          type="text"
          maxLength={300}
          value={draft.match.path}
          onInput={(e) => onChange({ ...draft, match: { ...draft.match, path: e.currentTarget.value } })}
        />
      </label>
    </fieldset>
  );
}
