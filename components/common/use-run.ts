import { useState } from 'preact/hooks';
import type { ExportFile } from '@/utils/export/actions';
import { downloadFile } from '@/utils/export/download';
import { t } from '@/utils/i18n';

/**
 * One piece of work at a time behind a section's buttons: `busy` while it runs, its message (or the error's)
 * as the status line. `before` runs as each starts, `after` once each has ended, also after an error.
 */
export function useRun({ before, after }: { before?: () => void; after?: () => void } = {}) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function run(work: () => Promise<string | undefined>) {
    setBusy(true);
    before?.();
    try {
      const message = await work();
      if (message) setStatus(message);
    } catch (error) {
      setStatus(t('errorGeneric', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
      after?.();
    }
  }

  /** Makes a file, hands it to the browser as a download and says so. */
  const save = (make: () => Promise<ExportFile>) =>
    run(async () => {
      const file = await make();
      downloadFile(file);
      return t('export_saved', { file: file.name });
    });

  return { busy, status, setStatus, run, save };
}
