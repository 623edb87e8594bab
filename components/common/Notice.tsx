import { useCallback, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface NoticeState {
  message: string;
  /** E.g. "Ångra": one action the teacher can take on what just happened. */
  action?: { label: string; run: () => void | Promise<void> };
  /** Errors are marked with a word and a symbol, not colour alone. */
  error?: boolean;
}

/**
 * The live region where confirmations appear ("Kontakt borttagen — Ångra"). It is always in the page so
 * screen readers announce each new message.
 */
export function Notice({ notice, onClose }: { notice: NoticeState | null; onClose: () => void }) {
  return (
    <div class="notice-region" role="status" aria-live="polite">
      {notice && (
        <div class={notice.error ? 'notice error' : 'notice'}>
          <span>
            {notice.error && <strong>{t('dashCommonErrorPrefix')} </strong>}
            {notice.message}
          </span>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                const { run } = notice.action!;
                onClose();
                void run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" class="close" aria-label={t('dashCommonCloseNotice')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

/** The current notice and a way to replace it; an error from an action becomes an error notice. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const announce = useCallback((next: NoticeState) => setNotice(next), []);
  const fail = useCallback(
    (error: unknown) => setNotice({ message: error instanceof Error ? error.message : String(error), error: true }),
    [],
  );
  const clear = useCallback(() => setNotice(null), []);
  return { notice, announce, fail, clear };
}
