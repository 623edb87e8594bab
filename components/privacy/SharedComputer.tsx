import { useState } from 'preact/hooks';
import type { LockApi, LockStatus } from '@/components/lock/lock-api';
import { PassphraseField } from '@/components/lock/LockForm';
import { useLockSubmit } from '@/components/lock/use-lock-submit';
import { t } from '@/utils/i18n';
import { useAsync } from '@/utils/ui/use-async';

/**
 * Shared computers (docs/privacy.md, "The lock for shared computers"): without a lock, what protects the
 * data and where to set one; with one, that it is on and how to remove it (with the passphrase), unless
 * the school requires it.
 */
export function SharedComputer({ lock }: { lock?: LockApi }) {
  const [version, setVersion] = useState(0);
  const status = useAsync(() => (lock ? lock.status() : Promise.resolve(undefined)), [lock, version]);
  const now = status.status === 'done' ? status.value : undefined;
  return (
    <section aria-labelledby="privacy-shared">
      <h3 id="privacy-shared">{t('privacySharedHeading')}</h3>
      {lock && now?.set ? (
        <LockOn lock={lock} status={now} onRemoved={() => setVersion((v) => v + 1)} />
      ) : (
        <p data-lock="none">{t('privacySharedText')}</p>
      )}
    </section>
  );
}

function LockOn({ lock, status, onRemoved }: { lock: LockApi; status: LockStatus; onRemoved: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p data-lock="on">{t('privacyLockOn')}</p>
      {status.required ? (
        <p>{t('lockRemoveRequired')}</p>
      ) : asking ? (
        <RemoveLockForm lock={lock} onRemoved={onRemoved} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('privacyLockRemove')}
        </button>
      )}
    </>
  );
}

/** The current passphrase is asked again: removing the lock stores every row in clear once more. */
function RemoveLockForm({ lock, onRemoved, onCancel }: { lock: LockApi; onRemoved: () => void; onCancel: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const { error, busy, onSubmit } = useLockSubmit(
    () => (passphrase ? undefined : t('dashLockEmpty')),
    () => lock.remove(passphrase),
    onRemoved,
  );
  return (
    <form class="lock-form" onSubmit={onSubmit}>
      <p>{t('privacyLockRemoveIntro')}</p>
      <PassphraseField
        id="lock-remove-passphrase"
        label={t('dashLockPassphrase')}
        error={error}
        value={passphrase}
        onInput={setPassphrase}
      />
      <button type="submit" disabled={busy}>
        {busy ? t('privacyLockRemoving') : t('privacyLockRemoveConfirm')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('privacyCancel')}
      </button>
    </form>
  );
}
