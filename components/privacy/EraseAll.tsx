import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** Erase everything, after the teacher types the confirmation word. */
export function EraseAll({ onErase }: { onErase: () => Promise<void> }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const word = t('privacyEraseAllWord');
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  const erase = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    try {
      await onErase();
      setTyped('');
      setStatus(t('privacyErasedAll'));
    } catch (error) {
      setStatus(t('privacyError', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="privacy-erase-all">
      <h3 id="privacy-erase-all">{t('privacyEraseAllHeading')}</h3>
      <p>{t('privacyEraseAllIntro')}</p>
      <form onSubmit={(e) => void erase(e)}>
        <label>
          {t('privacyEraseAllLabel', { word })}{' '}
          <input type="text" autocomplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit" class="danger" disabled={!confirmed || busy}>
          {t('privacyEraseAllButton')}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
