import type { Settings } from '@/utils/settings/schema';
import { t } from '@/utils/i18n';

/** Whether the lock for shared computers is on. */
export function LockStatus({ lock }: { lock: Settings['lock'] }) {
  return (
    <section aria-labelledby="privacy-lock">
      <h3 id="privacy-lock">{t('privacyLockHeading')}</h3>
      <p data-lock={lock.enabled ? 'on' : 'off'}>
        {lock.enabled ? t('privacyLockOn', { minutes: lock.idleMinutes }) : t('privacyLockOff')} <a href="#settings">{t('privacyLockChange')}</a>
      </p>
    </section>
  );
}
