import { t } from '@/utils/i18n';

/** The way to the privacy policy page (entrypoints/privacy), from any of Insyn's pages: they share its folder. */
export function PrivacyPolicyLink() {
  return (
    <p class="privacy-policy-link">
      <a href="privacy.html" target="_blank" rel="noopener">
        {t('privacyPolicyLink')}
      </a>
    </p>
  );
}
