import { render } from 'preact';
import policySv from '../../docs/privacy-policy.sv.md?raw';
import policyEn from '../../docs/privacy-policy.en.md?raw';
import { PrivacyPolicy } from '@/components/privacy-policy/PrivacyPolicy';
import { t } from '@/utils/i18n';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import { parseMarkdown } from '@/utils/text/markdown';

/** The privacy policy page (linked from the popup and the settings): the documents of docs/, in Insyn's language. */
void applyStoredLanguage().then((lang) => {
  document.documentElement.lang = lang;
  document.title = `${t('extName')} – ${t('privacyPolicyTitle')}`;
  render(<PrivacyPolicy blocks={parseMarkdown(lang === 'en' ? policyEn : policySv)} />, document.getElementById('app')!);
});
