import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface DialogProps {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A destructive action's confirm button is marked as such (text and style, not colour alone). */
  danger?: boolean;
  /** The confirm button stays disabled until the dialog's content is complete (e.g. a reason is given). */
  canConfirm?: boolean;
}

/**
 * A modal dialog: focus moves into it, Tab stays inside, Escape cancels, and focus returns to where the
 * teacher was. Its content is a form, so Enter confirms.
 */
export function Dialog({ title, children, confirmLabel, onConfirm, onCancel, danger, canConfirm = true }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Tab' && box.current) {
      const focusable = [...box.current.querySelectorAll<HTMLElement>('input, select, textarea, button:not([disabled])')];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div class="backdrop">
      <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title" onKeyDown={onKeyDown}>
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (canConfirm) onConfirm();
          }}
        >
          <h2 id="dialog-title">{title}</h2>
          {children}
          <div class="actions">
            <button type="submit" class={danger ? 'danger' : 'primary'} disabled={!canConfirm}>
              {confirmLabel}
            </button>
            <button type="button" onClick={onCancel}>
              {t('dashCommonCancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
