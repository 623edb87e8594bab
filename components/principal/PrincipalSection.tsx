import { useState } from 'preact/hooks';
import { t, tCount } from '@/utils/i18n';
import { appVersion } from '@/utils/export/app-version';
import { newPseudonymKey } from '@/utils/export/pseudonymise';
import type { FileOutcome } from '@/utils/principal/actions';
import type { SchoolView } from '@/utils/principal/metrics';
import type { SchoolExportRecord } from '@/utils/principal/school-export';
import { useRun } from '../common/use-run';
import type { PrincipalApi } from './principal-api';
import { PrincipalView } from './PrincipalView';
import { SchoolFiles } from './SchoolFiles';
import { SupportChainView } from './SupportChainView';
import { TermReport } from './TermReport';
import { useSchoolView } from './use-school-view';
import { ViewChoices } from './ViewChoices';
import './principal.css';

/** Codes shown in this page's pseudonymised lists: a key of the page's own, never stored. */
const PAGE_KEY = newPseudonymKey();

/**
 * The principal's school view: teachers' export files go in, the merged figures as of a chosen day come
 * out, and the view can be exported (pseudonymised by default). The work is done by utils/principal.
 */
export function PrincipalSection({ api }: { api: PrincipalApi }) {
  const school = useSchoolView(api, PAGE_KEY);
  const { days, view, files } = school;
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [pseudonymise, setPseudonymise] = useState(true);
  const [keepKey, setKeepKey] = useState(false);
  const { busy, status, run, save } = useRun({ after: school.reload });

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
  const onRemove = (f: SchoolExportRecord) =>
    void run(async () => (await api.removeFile(f.id), t('principal_removed', { teacher: f.teacher })));

  return (
    <div class="principal-section">
      <p class="no-print">{t('principal_intro')}</p>
      <SchoolFiles busy={busy} status={status} outcomes={outcomes} files={files} onFiles={(e) => void onFiles(e)} onRemove={onRemove} />

      <section aria-labelledby="principal-view-heading">
        <h3 id="principal-view-heading">{t('principal_viewHeading')}</h3>
        <ViewChoices
          asOf={school.asOf}
          onAsOf={school.setAsOf}
          days={days}
          onDays={school.setDays}
          staleDays={school.staleDays}
          onStaleDays={(n) => {
            if (n < 1) return;
            school.setStaleDays(n);
            void api.saveStaleAfterDays(n);
          }}
          pseudonymise={pseudonymise}
          onPseudonymise={setPseudonymise}
          keepKey={keepKey}
          onKeepKey={setKeepKey}
        />
        {view && days !== undefined && <PrincipalView view={view} days={days} pseudonymised={pseudonymise} codes={school.codes} />}
        <SupportChainView files={files} />
        <ViewExports
          busy={busy}
          view={view}
          days={days}
          hasFiles={files.length > 0}
          pseudonymise={pseudonymise}
          onExportView={(v, format) => void save(() => api.exportView(v, format, { pseudonymise, keepKey }))}
          onExportSchoolFile={() => void save(() => api.exportSchoolFile({ pseudonymise, keepKey }, appVersion()))}
        />
      </section>
    </div>
  );
}

interface ViewExportsProps {
  busy: boolean;
  view: SchoolView | undefined;
  days: number | undefined;
  hasFiles: boolean;
  pseudonymise: boolean;
  onExportView: (view: SchoolView, format: 'csv' | 'xlsx') => void;
  onExportSchoolFile: () => void;
}

/** What the view can become: a sheet, the school file for the municipality, the term report on paper. */
function ViewExports({ busy, view, days, hasFiles, pseudonymise, onExportView, onExportSchoolFile }: ViewExportsProps) {
  const [report, setReport] = useState(false);
  const [perTeacher, setPerTeacher] = useState(false);
  return (
    <>
      <p class="no-print">
        <button type="button" disabled={busy || !view} onClick={() => view && onExportView(view, 'csv')}>
          {t('principal_exportCsv')}
        </button>{' '}
        <button type="button" disabled={busy || !view} onClick={() => view && onExportView(view, 'xlsx')}>
          {t('principal_exportXlsx')}
        </button>
      </p>
      <p class="no-print">
        <button type="button" disabled={busy || !hasFiles} onClick={onExportSchoolFile}>
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
    </>
  );
}
