import { Dialog } from '@/components/common/Dialog';
import { t } from '@/utils/i18n';

/** "Ta bort …?": what is about to be deleted, named, before anything is. */
export function DeleteDialog({
  title,
  body,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} confirmLabel={t('dashDelete')} danger onConfirm={onConfirm} onCancel={onCancel}>
      <p>{body}</p>
    </Dialog>
  );
}
