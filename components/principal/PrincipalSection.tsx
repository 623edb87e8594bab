import { useEffect, useState } from 'preact/hooks';
import { formatDate, t, tCount } from '@/utils/i18n';
import { appVersion } from '@/utils/export/app-version';
import { downloadFile } from '@/utils/export/download';
import { newPseudonymKey, pupilCodes, type PupilCodes } from '@/utils/export/pseudonymise';
import type { ExportFile } from '@/utils/export/actions';
import type { FileOutcome } from '@/utils/principal/actions';
import type { SchoolView } from '@/utils/principal/metrics';
import type { SchoolExportRecord } from '@/utils/principal/school-export';
import type { PrincipalApi } from './principal-api';
import { PrincipalView } from './PrincipalView';
import { SupportChainView } from './SupportChainView';
import { TermReport } from './TermReport';
import './principal.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Codes shown in this page's pseudonymised lists: a key of the page's own, never stored. */
const PAGE_KEY = newPseudonymKey();

/**
 * The principal's school view: teachers' export files go in, the merged figures as of a chosen day come
 * out, and the view can be exported (pseudonymised by default). The work is done by utils/principal.
 */
export function PrincipalSection({ api }: { api: PrincipalApi }) {
  const [days, setDays] = useState<number>();
  const [staleDays, setStaleDays] = useState<number>();
  const [asOf, setAsOf] = useState(() => api.today());
  const [files, setFiles] = useState<SchoolExportRecord[]>([]);
  const [view, setView] = useState<SchoolView>();
  const [codes, setCodes] = useState<PupilCodes>();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [pseudonymise, setPseudonymise] = useState(true);
  const [keepKey, setKeepKey] = useState(false);
  const [report, setReport] = useState(false);
  const [perTeacher, setPerTeacher] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    void api.defaults().then((d) => {
      setDays((current) => current ?? d.withinSchoolDays);
      setStaleDays((current) => current ?? d.staleAfterDays);
    });
  }, []);

  useEffect(() => {
    if (days === undefined || staleDays === undefined) return;
    let live = true;
    void Promise.all([api.files(), api.view({ withinSchoolDays: days, asOf, staleAfterDays: staleDays })]).then(async ([list, next]) => {
      const nextCodes = await pupilCodes(
        next.items.map((i) => i.pupilId),
        PAGE_KEY,
      );
      if (!live) return;
      setFiles(list);
      setView(next);
      setCodes(nextCodes);
    });
    return () => {
      live = false;
    };
  }, [days, staleDays, asOf, revision]);

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
      const result = await api.importFiles(chosen);
      setOutcomes(result);
      return tCount('principal_imported', result.length, { ok: result.filter((o) => o.ok).length });
    });
  }

  const save = (make: () => Promise<ExportFile>) =>
    run(async () => {
      const file = await make();
      downloadFile(file);
      return t('export_saved', { file: file.name });
    });
  const exportView = (format: 'csv' | 'xlsx') => view && save(() => api.exportView(view, format, { pseudonymise, keepKey }));

  const numberInput = (label: string, value: number | undefined, max: number, onValue: (n: number) => void) => (
    <p>
      <label>
        {label}{' '}
        <input
          type="number"
          min={0}
          max={max}
          value={value ?? ''}
          onChange={(e) => {
            const next = Number(e.currentTarget.value);
            if (Number.isInteger(next) && next >= 0 && next <= max) onValue(next);
          }}
        />
      </label>
    </p>
  );

  return (
    <div class="principal-section">
      <p class="no-print">{t('principal_intro')}</p>
      <section aria-labelledby="principal-files-heading" class="no-print">
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
                  onClick={() => void run(async () => (await api.removeFile(f.id), t('principal_removed', { teacher: f.teacher })))}
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
        <div class="no-print">
          <p>
            <label>
              {t('principal_asOfLabel')}{' '}
              <input
                type="date"
                value={asOf}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  if (ISO_DAY.test(next)) setAsOf(next);
                }}
              />
            </label>
          </p>
          {numberInput(t('principal_daysLabel'), days, 60, setDays)}
          {numberInput(t('principal_staleLabel'), staleDays, 365, (n) => {
            if (n < 1) return;
            setStaleDays(n);
            void api.saveStaleAfterDays(n);
          })}
          <p>
            <label>
              <input type="checkbox" checked={pseudonymise} onChange={(e) => setPseudonymise(e.currentTarget.checked)} />{' '}
              {t('principal_pseudonymise')}
            </label>
          </p>
          {pseudonymise && (
            <p>
              <label>
                <input type="checkbox" checked={keepKey} onChange={(e) => setKeepKey(e.currentTarget.checked)} /> {t('principal_keepKey')}
              </label>
            </p>
          )}
        </div>
        {view && days !== undefined && <PrincipalView view={view} days={days} pseudonymised={pseudonymise} codes={codes} />}
        <SupportChainView files={files} />
        <p class="no-print">
          <button type="button" disabled={busy || !view} onClick={() => void exportView('csv')}>
            {t('principal_exportCsv')}
          </button>{' '}
          <button type="button" disabled={busy || !view} onClick={() => void exportView('xlsx')}>
            {t('principal_exportXlsx')}
          </button>
        </p>
        <p class="no-print">
          <button
            type="button"
            disabled={busy || files.length === 0}
            onClick={() => void save(() => api.exportSchoolFile({ pseudonymise, keepKey }, appVersion()))}
          >
            {t('principal_exportSchoolFile')}
          </button>
        </p>
        <p class="no-print hint">{t('principal_schoolFileHint')}</p>
        <p class="no-print">
          <label>
            <input type="checkbox" checked={perTeacher} onChange={(e) => setPerTeacher(e.currentTarget.checked)} />{' '}
            {t('principal_reportPerTeacher')}
          </label>{' '}
          <button type="button" disabled={!view} aria-expanded={report} onClick={() => setReport(true)}>
            {t('principal_reportOpen')}
          </button>
        </p>
        {report && view && days !== undefined && (
          <TermReport
            view={view}
            days={days}
            pseudonymised={pseudonymise}
            perTeacher={perTeacher}
            onPrint={() => window.print()}
            onClose={() => setReport(false)}
          />
        )}
      </section>
    </div>
  );
}
