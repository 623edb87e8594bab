import { useEffect, useState } from 'preact/hooks';
import { Notice, useNotice } from '@/components/common/Notice';
import { getLanguage } from '@/utils/i18n';
import type { DashboardApi } from './api';
import { Dashboard, sectionOf, type SectionId } from './Dashboard';
import { LazySection } from './LazySection';
import { ChecklistSection } from './sections/ChecklistSection';
import { ContactsSection } from './sections/ContactsSection';
import { OverviewSection } from './sections/OverviewSection';
import { RisksSection } from './sections/RisksSection';
import { SettingsSection } from './sections/SettingsSection';
import { SupportSection } from './sections/SupportSection';
import { TemplatesSection } from './sections/TemplatesSection';
import { RecipesSection } from './sections/RecipesSection';
import { LockGate } from '@/components/lock/LockGate';

// Module-level so LazySection sees the same loader each render and loads once.
const loadExport = () => import('@/components/export/ExportSection').then((m) => m.ExportSection);
const loadPrincipal = () => import('@/components/principal/PrincipalSection').then((m) => m.PrincipalSection);
const loadPrivacy = () => import('@/components/privacy/PrivacySection').then((m) => m.PrivacySection);

/** The dashboard page: follows the location hash, and renders again in a newly chosen language. */
export function DashboardApp({ api }: { api: DashboardApi }) {
  const [section, setSection] = useState<SectionId>(() => sectionOf(location.hash));
  const [lang, setLang] = useState(() => {
    document.documentElement.lang = getLanguage();
    return getLanguage();
  });
  const { notice, announce, fail, clear } = useNotice();

  useEffect(() => {
    const onHash = () => {
      setSection(sectionOf(location.hash));
      clear();
      // Keyboard and screen-reader users land on the new section's heading, not back at the top.
      document.getElementById('main')?.focus();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [clear]);

  const languageChanged = () => {
    const next = getLanguage();
    document.documentElement.lang = next;
    setLang(next);
  };

  const props = { api, announce, fail };
  return (
    <Dashboard key={lang} current={section} notice={<Notice notice={notice} onClose={clear} />}>
      <LockGate api={api.lock} offer={section === 'settings'}>
        {section === 'overview' && <OverviewSection api={api} />}
        {section === 'risks' && <RisksSection {...props} />}
        {section === 'contacts' && <ContactsSection {...props} />}
        {section === 'checklist' && <ChecklistSection {...props} />}
        {section === 'support' && <SupportSection {...props} />}
        {section === 'templates' && <TemplatesSection {...props} />}
        {section === 'recipes' && <RecipesSection {...props} />}
        {section === 'export' && <LazySection load={loadExport} props={{ api: api.exports }} />}
        {section === 'principal' && <LazySection load={loadPrincipal} props={{ api: api.principal }} />}
        {section === 'privacy' && <LazySection load={loadPrivacy} props={{ api: api.privacy, lock: api.lock }} />}
        {section === 'settings' && <SettingsSection {...props} onLanguageChange={languageChanged} />}
      </LockGate>
    </Dashboard>
  );
}
