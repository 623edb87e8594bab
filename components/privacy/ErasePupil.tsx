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
  // Leaving the question (cancel, Escape, done) returns to the search.
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
      {query.trim() && !chosen && <Matches found={found} onChoose={setChosen} />}
      {chosen && <ConfirmErase pupil={chosen} busy={busy} onErase={() => void erase(chosen)} onCancel={cancel} />}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** The pupils found, each a button that asks to erase them. */
function Matches({ found, onChoose }: { found: PupilRecord[]; onChoose: (pupil: PupilRecord) => void }) {
  if (found.length === 0) return <p>{t('privacyEraseNoMatch')}</p>;
  return (
    <ul>
      {found.map((pupil) => (
        <li key={pupil.id}>
          <button type="button" onClick={() => onChoose(pupil)}>
            {pupil.group ? `${pupil.name} (${pupil.group})` : pupil.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface ConfirmEraseProps {
  pupil: PupilRecord;
  busy: boolean;
  onErase: () => void;
  onCancel: () => void;
}

/** "Radera allt om …?": the question gets focus as it appears, so it is read out; Escape cancels. */
function ConfirmErase({ pupil, busy, onErase, onCancel }: ConfirmEraseProps) {
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), [pupil]);
  return (
    <div role="group" aria-labelledby="privacy-erase-confirm" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p id="privacy-erase-confirm" ref={question} tabIndex={-1}>
        {t('privacyEraseConfirm', { name: pupil.name })}
      </p>
      <button type="button" class="danger" disabled={busy} onClick={onErase}>
        {t('privacyEraseConfirmButton')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('privacyCancel')}
      </button>
    </div>
  );
}
