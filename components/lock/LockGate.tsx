import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { LockApi, LockStatus } from './lock-api';
import { SetLockForm, UnlockForm } from './LockForm';

/**
 * Shows its children only when the lock lets it: closed, the passphrase is asked first. Required by the
 * school and not yet set, the form to set it comes first (the children stay, so an export can come before);
 * `offer` shows that form, or how the open lock stands, after the children (the settings).
 */
export function LockGate({ api, offer, children }: { api?: LockApi; offer?: boolean; children: ComponentChildren }) {
  if (!api) return <>{children}</>;
  return (
    <Gate api={api} offer={offer}>
      {children}
    </Gate>
  );
}

function Gate({ api, offer, children }: { api: LockApi; offer?: boolean; children: ComponentChildren }) {
  const [status, setStatus] = useState<LockStatus>();
  const [unknown, setUnknown] = useState(false);
  // Not knowing shows the sections: what they read is still sealed while the lock is closed (utils/db/).
  const refresh = useCallback(() => void api.status().then(setStatus, () => setUnknown(true)), [api]);
  useEffect(refresh, [refresh]);
  const touch = useCallback(() => void api.touch().then(refresh, () => undefined), [api, refresh]);
  useActivity(touch, status?.open === true);
  if (!status) return unknown ? <>{children}</> : null;
  if (status.set && !status.open) return <UnlockForm api={api} onDone={refresh} />;
  const setForm = <SetLockForm api={api} status={status} onDone={refresh} />;
  if (status.required && !status.set)
    return (
      <>
        {setForm}
        {children}
      </>
    );
  return (
    <>
      {children}
      {offer && (status.set ? <OpenLock minutes={status.idleMinutes} onClose={() => void api.close().then(refresh)} /> : setForm)}
    </>
  );
}

function OpenLock({ minutes, onClose }: { minutes: number; onClose: () => void }) {
  return (
    <p class="lock-open">
      {t('dashLockOpen', { minutes })}{' '}
      <button type="button" onClick={onClose}>
        {t('dashLockNow')}
      </button>
    </p>
  );
}

/** At most once a minute while the lock is open, the teacher's keys and clicks count as use. */
const ACTIVITY_EVERY_MS = 60_000;

function useActivity(used: () => void, open: boolean) {
  useEffect(() => {
    if (!open) return;
    let last = 0;
    const onUse = () => {
      if (Date.now() - last < ACTIVITY_EVERY_MS) return;
      last = Date.now();
      used();
    };
    window.addEventListener('keydown', onUse, true);
    window.addEventListener('pointerdown', onUse, true);
    return () => {
      window.removeEventListener('keydown', onUse, true);
      window.removeEventListener('pointerdown', onUse, true);
    };
  }, [used, open]);
}
