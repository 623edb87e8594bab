import { useEffect, useRef, useState } from 'preact/hooks';
import { isoDate } from '@/utils/domain/dates';
import { t, type MessageKey } from '@/utils/i18n';
import type { ExportFile } from '@/utils/export/actions';
import { appVersion } from '@/utils/export/app-version';
import { downloadFile } from '@/utils/export/download';
import type { InsynExport } from '@/utils/export/schema';
import type { Sheet } from '@/utils/export/sheets';
import type { ImportMode, ImportPlan } from '@/utils/import/plan';
import { describeProblem } from '@/utils/import/problems';
import { readExportFile } from '@/utils/import/read-file';
import { AuthorFields, missingAuthor } from './AuthorFields';
import type { ExportApi, ExportAuthor } from './export-api';
import { ImportPreview } from './ImportPreview';
import { PrintView } from './PrintView';

interface Pending {
  data: InsynExport;
  plan: ImportPlan;
  fileName: string;
}

/**
 * The dashboard's Export section: files for the teacher (JSON, CSV, XLSX, print), backup and restore,
 * and importing a file with a preview first. The work is done by utils/export and utils/import.
 */
export function ExportSection({ api }: { api: ExportApi }) {
  const [pseudonymise, setPseudonymise] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [print, setPrint] = useState<Sheet[]>();
  const [who, setWho] = useState<ExportAuthor>({ teacher: '', school: '' });
  const [whoLoaded, setWhoLoaded] = useState(false);
  const [whoMissing, setWhoMissing] = useState<(keyof ExportAuthor)[]>([]);
  const [asked, setAsked] = useState(0);
  const whoField = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    void api.author().then((stored) => {
      // What the teacher may already have typed wins over what the settings held.
      setWho((typed) => ({ teacher: typed.teacher || stored.teacher, school: typed.school || stored.school }));
      setWhoLoaded(true);
    });
  }, []);

  useEffect(() => {
    if (asked) whoField.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [asked]);

  useEffect(() => {
    if (print) window.print();
  }, [print]);

  async function run(work: () => Promise<string | undefined>) {
    setBusy(true);
    setProblems([]);
    try {
      const message = await work();
      if (message) setStatus(message);
    } catch (error) {
      setStatus(t('errorGeneric', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const save = (make: () => Promise<ExportFile>) =>
    run(async () => {
      const file = await make();
      downloadFile(file);
      return t('export_saved', { file: file.name });
    });

  const choice = () => ({ pseudonymise, appVersion: appVersion() });

  /**
   * A file for someone else (the principal) names its teacher and school: without them it cannot be
   * imported, so the export stops here and asks, rather than after the file was sent.
   */
  const saveForOthers = (make: () => Promise<ExportFile>) => {
    const missing = missingAuthor(who);
    setWhoMissing(missing);
    if (missing.length) {
      setStatus(t('export_authorNeeded'));
      setAsked((n) => n + 1);
      return;
    }
    void save(async () => {
      await api.saveAuthor(who);
      return make();
    });
  };

  async function chooseFile(event: Event, mode: ImportMode) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await run(async () => {
      setPending(undefined);
      const parsed = await readExportFile(file);
      if (!parsed.ok) {
        setProblems(parsed.problems.map(describeProblem));
        return t('import_refused', { file: file.name });
      }
      if (parsed.data.pseudonymised) {
        setProblems([t('import_err_pseudonymised')]);
        return t('import_refused', { file: file.name });
      }
      // Damaged rows are left out and named; the rest of the file still restores.
      if (parsed.skipped.length > 0)
        setProblems([t('import_skipped', { count: parsed.skipped.length }), ...parsed.skipped.slice(0, 20).map(describeProblem)]);
      setPending({ data: parsed.data, plan: await api.previewImport(parsed.data, mode), fileName: file.name });
      return undefined;
    });
  }

  const confirm = () =>
    run(async () => {
      if (!pending) return undefined;
      const plan = await api.applyImport(pending.data, pending.plan.mode);
      setPending(undefined);
      const sum = (key: 'added' | 'changed' | 'removed') => Object.values(plan.counts).reduce((n, c) => n + c[key], 0);
      return t(plan.mode === 'replace' ? 'import_doneReplace' : 'import_doneMerge', {
        added: sum('added'),
        changed: sum('changed'),
        removed: sum('removed'),
      });
    });

  const button = (label: MessageKey, onClick: () => void, ready = true) => (
    <button type="button" onClick={onClick} disabled={busy || !ready}>
      {t(label)}
    </button>
  );

  return (
    <div class="export-section">
      <section aria-labelledby="export-files-heading">
        <h3 id="export-files-heading">{t('export_filesHeading')}</h3>
        <p>{t('export_filesIntro')}</p>
        <AuthorFields fieldsetRef={whoField} author={who} missing={whoMissing} disabled={busy} onChange={setWho} />
        <p>
          <label>
            <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.currentTarget.checked)} />{' '}
            {t('export_pseudonymise')}
          </label>
        </p>
        <p class="hint">{t('export_pseudonymiseHint')}</p>
        <p class="export-buttons">
          {button('export_json', () => saveForOthers(() => api.exportJson(choice())), whoLoaded)}{' '}
          {button('export_csvContacts', () => save(() => api.exportCsv('contacts', choice())))}{' '}
          {button('export_csvChecklist', () => save(() => api.exportCsv('checklist', choice())))}{' '}
          {button('export_xlsx', () => save(() => api.exportXlsx(choice())))}{' '}
          {button('export_print', () =>
            run(async () => {
              setPrint(await api.printSheets(pseudonymise));
              return undefined;
            }),
          )}
        </p>
      </section>

      <section aria-labelledby="export-backup-heading">
        <h3 id="export-backup-heading">{t('export_backupHeading')}</h3>
        <p>{t('export_backupIntro')}</p>
        <p>{button('export_backup', () => save(() => api.backup(appVersion())))}</p>
        <p>
          <label>
            {t('import_restoreLabel')}{' '}
            <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void chooseFile(e, 'replace')} />
          </label>
        </p>
      </section>

      <section aria-labelledby="import-heading">
        <h3 id="import-heading">{t('import_heading')}</h3>
        <p>{t('import_intro')}</p>
        <p>
          <label>
            {t('import_fileLabel')}{' '}
            <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void chooseFile(e, 'merge')} />
          </label>
        </p>
      </section>

      {problems.length > 0 && (
        <div role="alert" class="import-problems">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <ImportPreview
          plan={pending.plan}
          fileName={pending.fileName}
          busy={busy}
          onConfirm={confirm}
          onCancel={() => setPending(undefined)}
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
