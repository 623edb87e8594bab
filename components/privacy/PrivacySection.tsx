import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { findPupils, type PrivacyOverview } from '@/utils/privacy/overview';
import { currentPersistence, ensurePersistentStorage, type Persistence } from '@/utils/privacy/persistence';
import { useAsync } from '@/utils/ui/use-async';
import { EraseAll } from './EraseAll';
import { ErasePupil } from './ErasePupil';
import { RetentionPreview } from './RetentionPreview';
import { SharedComputer } from './SharedComputer';
import { StoredData } from './StoredData';
import type { PrivacyApi } from './privacy-api';
import type { LockApi } from '@/components/lock/lock-api';

/** The dashboard's privacy section: what is stored and where, retention preview, shared computers, erasure. */
export function PrivacySection({ api, lock }: { api: PrivacyApi; lock?: LockApi }) {
  const [version, setVersion] = useState(0);
  const [persistence, setPersistence] = useState<Persistence>();
  useEffect(() => {
    // Show where storage stands at once; Firefox's answer to the request waits for the teacher.
    let answered = false;
    void currentPersistence().then((now) => answered || setPersistence(now));
    void ensurePersistentStorage().then((outcome) => {
      answered = true;
      setPersistence(outcome);
    });
  }, []);
  const overview = useAsync(() => api.overview(), [version]);
  const pupils = useAsync(() => api.pupils(), [version]);
  const matches = useMemo(() => (query: string) => (pupils.status === 'done' ? findPupils(pupils.value, query) : []), [pupils]);
  const changed = () => setVersion((v) => v + 1);

  // Keep showing the last overview while a new one loads, so erasure's confirmation stays on screen.
  const last = useRef<PrivacyOverview | undefined>(undefined);
  if (overview.status === 'done') last.current = overview.value;
  if (overview.status === 'error') return <p role="alert">{t('privacyError', { message: overview.message })}</p>;
  if (!last.current) return <p>{t('loading')}</p>;
  const { counts, plan, names } = last.current;
  return (
    <div class="privacy">
      <StoredData counts={counts} persistence={persistence} />
      <RetentionPreview plan={plan} names={names} />
      <SharedComputer lock={lock} />
      <ErasePupil
        matches={matches}
        onErase={async (pupil) => {
          const erased = await api.erasePupil(pupil.id);
          changed();
          return Object.values(erased).reduce((sum, n) => sum + n, 0);
        }}
      />
      <EraseAll
        onErase={async () => {
          await api.eraseEverything();
          changed();
        }}
      />
    </div>
  );
}
