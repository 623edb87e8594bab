import { formatDate, t } from '@/utils/i18n';
import type { FileOutcome } from '@/utils/principal/actions';
import type { SchoolExportRecord } from '@/utils/principal/school-export';

interface SchoolFilesProps {
  busy: boolean;
  status: string;
  outcomes: readonly FileOutcome[];
  files: readonly SchoolExportRecord[];
  onFiles: (event: Event) => void;
  onRemove: (file: SchoolExportRecord) => void;
}

/** The teachers' files the principal has read in: choosing more, what became of the last ones, removing one. */
export function SchoolFiles({ busy, status, outcomes, files, onFiles, onRemove }: SchoolFilesProps) {
  return (
    <section aria-labelledby="principal-files-heading" class="no-print">
      <h3 id="principal-files-heading">{t('principal_filesHeading')}</h3>
      <p>
        <label>
          {t('principal_fileLabel')} <input type="file" multiple accept=".json,application/json" disabled={busy} onChange={onFiles} />
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
                onClick={() => onRemove(f)}
              >
                {t('principal_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
