import { useState } from 'preact/hooks';
import { Field, FieldError } from '@/components/common/Field';
import { t } from '@/utils/i18n';
import { useLockSubmit } from './use-lock-submit';
import type { LockApi, LockStatus } from './lock-api';

const MIN_LENGTH = 10;

interface PassphraseFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  /** A passphrase being chosen (the browser's password manager may offer one), not one being given. */
  fresh?: boolean;
}

export function PassphraseField({ id, label, hint, error, value, onInput, fresh }: PassphraseFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input
          {...described}
          type="password"
          autocomplete={fresh ? 'new-password' : 'current-password'}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** Setting the lock: what a lost passphrase means is said first, with a way to export before. */
export function SetLockForm({ api, status, onDone }: { api: LockApi; status: LockStatus; onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const tooShort = () => (passphrase.length < MIN_LENGTH ? t('dashLockTooShort') : undefined);
  const { error, busy, onSubmit } = useLockSubmit(
    () => tooShort() ?? (passphrase !== repeat ? t('dashLockMismatch') : undefined),
    () => api.set(passphrase),
    onDone,
  );
  return (
    <form class="lock-form" onSubmit={onSubmit}>
      <h2>{t('dashLockHeading')}</h2>
      {status.required && <p>{t('dashLockRequired')}</p>}
      <p>{t('dashLockIntro', { minutes: status.idleMinutes })}</p>
      <p class="warning">
        <strong>{t('dashLockLossWarning')}</strong> <a href="#export">{t('dashLockExportFirst')}</a>
      </p>
      <PassphraseField
        id="lock-passphrase"
        label={t('dashLockPassphrase')}
        hint={t('dashLockPassphraseHint')}
        value={passphrase}
        onInput={setPassphrase}
        fresh
      />
      <PassphraseField id="lock-repeat" label={t('dashLockRepeat')} value={repeat} onInput={setRepeat} fresh />
      {error && <FieldError as="p" text={error} />}
      <button type="submit" disabled={busy}>
        {busy ? t('dashLockSetting') : t('dashLockSet')}
      </button>
    </form>
  );
}

/** The passphrase asked before anything of the pupils is shown; a wrong one is refused with the reason. */
export function UnlockForm({ api, onDone }: { api: LockApi; onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const { error, onSubmit } = useLockSubmit(
    () => (passphrase ? undefined : t('dashLockEmpty')),
    async () => {
      await api.unlock(passphrase);
      setPassphrase('');
    },
    onDone,
  );
  return (
    <form class="lock-form" onSubmit={onSubmit}>
      <h2>{t('dashLockLocked')}</h2>
      <p>{t('dashLockLockedIntro')}</p>
      <PassphraseField id="unlock-passphrase" label={t('dashLockPassphrase')} error={error} value={passphrase} onInput={setPassphrase} />
      <button type="submit">{t('dashLockUnlock')}</button>
    </form>
  );
}
