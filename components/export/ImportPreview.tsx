import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '@/utils/i18n';
import { TABLE_NAMES, type TableName } from '@/utils/export/schema';
import type { ImportPlan } from '@/utils/import/plan';

export const TABLE_LABELS: Record<TableName, MessageKey> = {
  pupils: 'import_table_pupils',
  risks: 'import_table_risks',
  documents: 'import_table_documents',
  contacts: 'import_table_contacts',
  checklist: 'import_table_checklist',
  templates: 'import_table_templates',
  recipes: 'import_table_recipes',
  settings: 'import_table_settings',
  events: 'import_table_events',
  adaptations: 'import_table_adaptations',
  referrals: 'import_table_referrals',
};

/** What an import would change, table by table, with the buttons to go ahead or not. Escape cancels. */
export function ImportPreview({
  plan,
  fileName,
  onConfirm,
  onCancel,
  busy,
}: {
  plan: ImportPlan;
  fileName: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const replace = plan.mode === 'replace';
  return (
    <section
      class="import-preview"
      aria-labelledby="import-preview-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id="import-preview-heading" tabIndex={-1} ref={heading}>
        {t(replace ? 'import_previewReplace' : 'import_previewMerge', { file: fileName })}
      </h3>
      <p>{t(replace ? 'import_replaceWarning' : 'import_mergeKeepsNewer')}</p>
      <PlanTable plan={plan} />
      {plan.noChange && <p>{t('import_nothingNew')}</p>}
      <p>
        <button type="button" onClick={onConfirm} disabled={busy || plan.noChange}>
          {t(replace ? 'import_confirmReplace' : 'import_confirmMerge')}
        </button>{' '}
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('import_cancel')}
        </button>
      </p>
    </section>
  );
}

/** The plan's counts, a row per table: what is added, changed and left, and what a restore removes or a merge keeps. */
function PlanTable({ plan }: { plan: ImportPlan }) {
  const replace = plan.mode === 'replace';
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('import_col_table')}</th>
          <th scope="col">{t('import_col_added')}</th>
          <th scope="col">{t('import_col_changed')}</th>
          <th scope="col">{t('import_col_unchanged')}</th>
          <th scope="col">{t(replace ? 'import_col_removed' : 'import_col_kept')}</th>
        </tr>
      </thead>
      <tbody>
        {TABLE_NAMES.map((name) => {
          const c = plan.counts[name];
          return (
            <tr key={name}>
              <th scope="row">{t(TABLE_LABELS[name])}</th>
              <td>{formatNumber(c.added)}</td>
              <td>{formatNumber(c.changed)}</td>
              <td>{formatNumber(c.unchanged)}</td>
              <td>{formatNumber(replace ? c.removed : c.kept)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
