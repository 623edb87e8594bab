import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { InsynExport } from '@/utils/export/schema';
import type { ImportMode, ImportPlan } from '@/utils/import/plan';
import { describeProblem } from '@/utils/import/problems';
import { readExportFile } from '@/utils/import/read-file';
import type { ExportApi } from './export-api';

interface Pending {
  data: InsynExport;
  plan: ImportPlan;
  fileName: string;
}

type Run = (work: () => Promise<string | undefined>) => Promise<void>;

/**
 * Restoring or merging a file: it is read and checked, its plan shown (`pending`), and only `confirm` writes.
 * What is wrong with a file goes to `setProblems`.
 */
export function useImport(api: ExportApi, run: Run, setProblems: (problems: string[]) => void) {
  const [pending, setPending] = useState<Pending>();

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

  return { pending, chooseFile, confirm, cancel: () => setPending(undefined) };
}
