import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '@/utils/db/database';
import { formatDate, t, tCount } from '@/utils/i18n';
import { downloadFile } from '@/utils/export/download';
import { exportSchoolView, importSchoolFiles, loadSchoolView, principalDefaults, type FileOutcome } from '@/utils/principal/actions';
import type { SchoolView } from '@/utils/principal/metrics';
import type { SchoolExportRecord } from '@/utils/principal/school-export';
import { listSchoolExports, removeSchoolExport } from '@/utils/principal/store';
import { PrincipalView } from './PrincipalView';
import './principal.css';

/**
 * The principal's school view: teachers' export files go in, the merged figures come out, and the view
 * can be exported (pseudonymised on request). The work is done by utils/principal.
 */
export function PrincipalSection() {
  const db = getDatabase();
  const [days, setDays] = useState<number>();
  const [files, setFiles] = useState<SchoolExportRecord[]>([]);
  const [view, setView] = useState<SchoolView>();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [pseudonymise, setPseudonymise] = useState(true);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    void principalDefaults(db).then((d) => setDays((current) => current ?? d.withinSchoolDays));
  }, []);

  useEffect(() => {
    if (days === undefined) return;
    let live = true;
    void Promise.all([listSchoolExports(db), loadSchoolView(db, days)]).then(([list, next]) => {
      if (!live) return;
      setFiles(list);
      setView(next);
    });
    return () => {
      live = false;
    };
  }, [days, revision]);

  async function run(work: () => Promise<string | undefined>) {
    setBusy(true);
    try {
      const message = await work();
      if (message) setStatus(message);
    } catch (error) {
      setStatus(t('errorGeneric', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      setRevision((r) => r + 1);
    }
  }

  async function onFiles(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (!chosen.length) return;
    await run(async () => {
      const result = await importSchoolFiles(db, chosen);
      setOutcomes(result);
      return tCount('principal_imported', result.length, { ok: result.filter((o) => o.ok).length });
    });
  }

  const exportView = (format: 'csv' | 'xlsx') =>
    run(async () => {
      if (!view) return undefined;
      const file = await exportSchoolView(db, view, format, pseudonymise);
      downloadFile(file);
      return t('export_saved', { file: file.name });
    });

  return (
    <div class="principal-section">
      <p>{t('principal_intro')}</p>
      <section aria-labelledby="principal-files-heading">
        <h3 id="principal-files-heading">{t('principal_filesHeading')}</h3>
        <p>
          <label>
            {t('principal_fileLabel')}{' '}
            <input type="file" multiple accept=".json,application/json" disabled={busy} onChange={(e) => void onFiles(e)} />
          </label>
        </p>
        <p role="status" aria-live="polite">
          {status}
        </p>
        {outcomes.length > 0 && (
          <ul class="principal-outcomes" aria-label={t('principal_outcomesLabel')}>
            {outcomes.map((o, i) => (
              <li key={i}>
                <strong>{o.ok ? t('principal_ok') : t('principal_notOk')}</strong> {o.file}: {o.message}
              </li>
            ))}
          </ul>
        )}
        {files.length === 0 ? (
          <p>{t('principal_noFiles')}</p>
        ) : (
          <ul class="principal-files">
            {files.map((f) => (
              <li key={f.id}>
                {t('principal_fileLine', { teacher: f.teacher, school: f.school || '–', date: formatDate(f.exportedAt) })}{' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('principal_removeFile', { teacher: f.teacher })}
                  onClick={() => void run(async () => (await removeSchoolExport(db, f.id), t('principal_removed', { teacher: f.teacher })))}
                >
                  {t('principal_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="principal-view-heading">
        <h3 id="principal-view-heading">{t('principal_viewHeading')}</h3>
        <p>
          <label>
            {t('principal_daysLabel')}{' '}
            <input
              type="number"
              min={0}
              max={60}
              value={days ?? ''}
              onChange={(e) => {
                const value = Number(e.currentTarget.value);
                if (Number.isInteger(value) && value >= 0 && value <= 60) setDays(value);
              }}
            />
          </label>
        </p>
        {view && days !== undefined && <PrincipalView view={view} days={days} />}
        <p>
          <label>
            <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.currentTarget.checked)} />{' '}
            {t('principal_pseudonymise')}
          </label>
        </p>
        <p>
          <button type="button" disabled={busy || !view} onClick={() => void exportView('csv')}>
            {t('principal_exportCsv')}
          </button>{' '}
          <button type="button" disabled={busy || !view} onClick={() => void exportView('xlsx')}>
            {t('principal_exportXlsx')}
          </button>
        </p>
      </section>
    </div>
  );
}
