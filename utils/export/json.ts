import { t } from '../i18n';
import { EXPORT_FORMAT, EXPORT_VERSION, InsynExportSchema, type ExportTables, type InsynExport } from './schema';

/** Who and what an export is from; the tables come from `readTables` (or a principal's merge). */
export interface ExportHeader {
  teacher: string;
  school: string;
  appVersion: string;
  exportedAt: number;
  pseudonymised?: boolean;
}

export function buildExport(tables: ExportTables, header: ExportHeader): InsynExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    teacher: header.teacher,
    school: header.school,
    pseudonymised: header.pseudonymised ?? false,
    tables,
  };
}

/**
 * The export as a file's text. Indented, so a person (or a data protection officer) can read it. It checks
 * itself first with the import's own schema: Insyn never offers a file it would then refuse to read.
 */
export function exportToJson(data: InsynExport): string {
  const checked = InsynExportSchema.safeParse(data);
  if (!checked.success) {
    const rows = [
      ...new Set(
        checked.error.issues.map((issue) =>
          issue.path
            .slice(1, 3)
            .join('.')
            .replace(/\.(\d+)$/, '[$1]'),
        ),
      ),
    ];
    throw new Error(t('export_checkFailed', { rows: rows.slice(0, 5).join(', ') }));
  }
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** `insyn-<teacher>-<date>.json`, with only characters every file system accepts. */
export function exportFileName(teacher: string, date: string, extension: string, prefix = 'insyn'): string {
  const slug = teacher
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${[prefix, slug, date].filter(Boolean).join('-')}.${extension}`;
}
