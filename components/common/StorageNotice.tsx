import type { StorageState } from '@/utils/domain/storage-budget';
import { t } from '@/utils/i18n';

/**
 * How full the store of page readings is (utils/domain/storage-budget.ts), said only once it matters,
 * in the popup and the overview. What the teacher can do is in the privacy section: erase what is no
 * longer needed.
 */
export function StorageNotice({ state }: { state: StorageState }) {
  if (state === 'ok') return null;
  return (
    <p class="storage-notice" role="status" data-storage={state}>
      {t(state === 'full' ? 'storageFull' : 'storageNear')}
    </p>
  );
}
