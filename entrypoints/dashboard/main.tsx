import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Dashboard, SECTIONS, type SectionId } from '@/components/dashboard/Dashboard';
import { t } from '@/utils/i18n';
import { applyStoredLanguage } from '@/utils/i18n/language-store';

z.config({ jitless: true });

function currentSection(): SectionId {
  const id = location.hash.slice(1);
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'overview';
}

function App() {
  const [section, setSection] = useState(currentSection);
  useEffect(() => {
    const onHash = () => setSection(currentSection());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <Dashboard current={section}>
      <p>{t('comingSoon')}</p>
    </Dashboard>
  );
}

void applyStoredLanguage().then(() => render(<App />, document.getElementById('app')!));
