import { useEffect, useRef, useState } from 'preact/hooks';
import type { PupilRecord } from '@/utils/db/records';
import { t, tCount } from '@/utils/i18n';

export interface ErasePupilProps {
  /** Pupils matching the query (the caller searches). */
  matches: (query: string) => PupilRecord[];
  /** Erases the pupil; resolves to the number of rows deleted. */
  onErase: (pupil: PupilRecord) => Promise<number>;
}

/** Search for a pupil, confirm, erase everything about them. */
export function ErasePupil({ matches, onErase }: ErasePupilProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<PupilRecord>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const found = query.trim() ? matches(query) : [];
  const search = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  // The question gets focus so it is read out; leaving it (cancel, Escape, done) returns to the search.
  useEffect(() => question.current?.focus(), [chosen]);
  const cancel = () => {
    setChosen(undefined);
    search.current?.focus();
  };

  const erase = async (pupil: PupilRecord) => {
    setBusy(true);
    try {
      const count = await onErase(pupil);
      setStatus(tCount('privacyErasedPupil', count, { name: pupil.name }));
      setQuery('');
      cancel();
    } catch (error) {
      setStatus(t('privacyError', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="privacy-erase-pupil">
      <h3 id="privacy-erase-pupil">{t('privacyEraseHeading')}</h3>
      <p>{t('privacyEraseIntro')}</p>
      <label>
        {t('privacyEraseSearch')}{' '}
        <input
          ref={search}
          type="search"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setChosen(undefined);
          }}
        />
      </label>
      {query.trim() &&
        !chosen &&
        (found.length === 0 ? (
          <p>{t('privacyEraseNoMatch')}</p>
        ) : (
          <ul>
            {found.map((pupil) => (
              <li key={pupil.id}>
                <button type="button" onClick={() => setChosen(pupil)}>
                  {pupil.group ? `${pupil.name} (${pupil.group})` : pupil.name}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {chosen && (
        <div role="group" aria-labelledby="privacy-erase-confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p id="privacy-erase-confirm" ref={question} tabIndex={-1}>
            {t('privacyEraseConfirm', { name: chosen.name })}
          </p>
          <button type="button" class="danger" disabled={busy} onClick={() => void erase(chosen)}>
            {t('privacyEraseConfirmButton')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('privacyCancel')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
