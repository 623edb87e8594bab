import { t } from '@/utils/i18n';

/**
 * Shared computers (docs/privacy.md). Insyn has no lock of its own yet, so the section
 * says plainly what protects the data instead of promising a lock.
 */
export function SharedComputer() {
  return (
    <section aria-labelledby="privacy-shared">
      <h3 id="privacy-shared">{t('privacySharedHeading')}</h3>
      <p data-lock="none">{t('privacySharedText')}</p>
    </section>
  );
}
