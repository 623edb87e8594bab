import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isoDate } from '@/utils/domain/dates';
import { t, type MessageKey } from '@/utils/i18n';
import type { ExportFile } from '@/utils/export/actions';
import { appVersion } from '@/utils/export/app-version';
import type { Sheet } from '@/utils/export/sheets';
import type { ImportMode } from '@/utils/import/plan';
import { CheckboxField } from '../common/Field';
import { useRun } from '../common/use-run';
import { AuthorFields } from './AuthorFields';
import type { ExportApi } from './export-api';
import { ImportPreview } from './ImportPreview';
import { PrintView } from './PrintView';
import { useAuthor } from './use-author';
import { useImport } from './use-import';
import { usePseudonymise } from './use-pseudonymise';

/**
 * The dashboard's Export section: files for the teacher (JSON, CSV, XLSX, print), backup and restore,
 * and importing a file with a preview first. The work is done by utils/export and utils/import.
 */
export function ExportSection({ api }: { api: ExportApi }) {
  const { busy, status, problems, print, setPrint, author, pseudonymise, setPseudonymise, restore, button, make } = useExport(api);
  const { who } = author;
  return (
    <div class="export-section">
      <section aria-labelledby="export-files-heading">
        <h3 id="export-files-heading">{t('export_filesHeading')}</h3>
        <p>{t('export_filesIntro')}</p>
        <AuthorFields fieldsetRef={author.fieldset} author={who} missing={author.missing} disabled={busy} onChange={author.setWho} />
        <CheckboxField
          id="export-pseudonymise"
          label={t('export_pseudonymise')}
          hint={t('export_pseudonymiseHint')}
          checked={pseudonymise}
          onChange={setPseudonymise}
        />
        <p class="export-buttons">
          {button('export_json', make.json, author.loaded)} {button('export_csvContacts', make.csvContacts)}{' '}
          {button('export_csvChecklist', make.csvChecklist)} {button('export_xlsx', make.xlsx)} {button('export_print', make.print)}
        </p>
      </section>

      <RestoreSections busy={busy} backup={button('export_backup', make.backup)} onFile={(e, mode) => void restore.chooseFile(e, mode)} />
      <Problems problems={problems} />
      {restore.pending && (
        <ImportPreview
          plan={restore.pending.plan}
          fileName={restore.pending.fileName}
          busy={busy}
          onConfirm={restore.confirm}
          onCancel={restore.cancel}
        />
      )}
      <p role="status" aria-live="polite" class="export-status">
        {status}
      </p>
      {print && (
        <PrintView
          sheets={print}
          heading={[t('export_printHeading'), who.teacher, who.school, isoDate()].filter(Boolean).join(' · ')}
          onPrint={() => window.print()}
          onClose={() => setPrint(undefined)}
        />
      )}
    </div>
  );
}

/** What the section does: each file made and saved one at a time, the import's preview, the sheets to print. */
function useExport(api: ExportApi) {
  const [pseudonymise, setPseudonymise] = usePseudonymise(api);
  const [problems, setProblems] = useState<string[]>([]);
  const [print, setPrint] = useState<Sheet[]>();
  const { busy, status, setStatus, run, save } = useRun({ before: () => setProblems([]) });
  const author = useAuthor(api);
  const restore = useImport(api, run, setProblems);

  useEffect(() => {
    if (print) window.print();
  }, [print]);

  const choice = () => ({ pseudonymise, appVersion: appVersion() });

  /**
   * A file for someone else (the principal) names its teacher and school: without them it cannot be
   * imported, so the export stops here and asks, rather than after the file was sent.
   */
  const saveForOthers = (make: () => Promise<ExportFile>) => {
    if (!author.check()) return setStatus(t('export_authorNeeded'));
    void save(async () => {
      await api.saveAuthor(author.who);
      return make();
    });
  };

  const make = {
    json: () => saveForOthers(() => api.exportJson(choice())),
    csvContacts: () => save(() => api.exportCsv('contacts', choice())),
    csvChecklist: () => save(() => api.exportCsv('checklist', choice())),
    xlsx: () => save(() => api.exportXlsx(choice())),
    print: () =>
      run(async () => {
        setPrint(await api.printSheets(pseudonymise));
        return undefined;
      }),
    backup: () => save(() => api.backup(appVersion())),
  };
  const button = (label: MessageKey, onClick: () => void, ready = true) => (
    <button type="button" onClick={onClick} disabled={busy || !ready}>
      {t(label)}
    </button>
  );
  return { busy, status, problems, print, setPrint, author, pseudonymise, setPseudonymise, restore, button, make };
}

/** Backup and restore, and merging a colleague's file: each file input hands its file on with its mode. */
function RestoreSections({
  busy,
  backup,
  onFile,
}: {
  busy: boolean;
  backup: JSX.Element;
  onFile: (event: Event, mode: ImportMode) => void;
}) {
  return (
    <>
      <section aria-labelledby="export-backup-heading">
        <h3 id="export-backup-heading">{t('export_backupHeading')}</h3>
        <p>{t('export_backupIntro')}</p>
        <p>{backup}</p>
        <p>
          <label>
            {t('import_restoreLabel')}{' '}
            <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => onFile(e, 'replace')} />
          </label>
        </p>
      </section>

      <section aria-labelledby="import-heading">
        <h3 id="import-heading">{t('import_heading')}</h3>
        <p>{t('import_intro')}</p>
        <p>
          <label>
            {t('import_fileLabel')}{' '}
            <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => onFile(e, 'merge')} />
          </label>
        </p>
      </section>
    </>
  );
}

function Problems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" class="import-problems">
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
