import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';

export const SECTIONS = [
  'overview',
  'risks',
  'contacts',
  'checklist',
  'support',
  'templates',
  'recipes',
  'export',
  'principal',
  'privacy',
  'settings',
] as const;
export type SectionId = (typeof SECTIONS)[number];

const titles: Record<SectionId, MessageKey> = {
  overview: 'sectionOverview',
  risks: 'sectionRisks',
  contacts: 'sectionContacts',
  checklist: 'sectionChecklist',
  support: 'sectionSupport',
  templates: 'sectionTemplates',
  recipes: 'recipeSectionTitle',
  export: 'sectionExport',
  principal: 'dashSectionPrincipal',
  privacy: 'dashSectionPrivacy',
  settings: 'sectionSettings',
};

export function sectionTitle(id: SectionId): string {
  return t(titles[id]);
}

/** The section named by a location hash ("#checklist"), the overview for anything else. */
export function sectionOf(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'overview';
}

/** The dashboard's frame: a skip link, navigation between sections (hash links), the live region and the current section. */
export function Dashboard({ current, notice, children }: { current: SectionId; notice?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="dashboard">
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('dashSkipToContent')}
      </a>
      <header class="top">
        <h1>{t('dashboardTitle')}</h1>
      </header>
      <nav aria-label={t('navLabel')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
                {sectionTitle(id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} aria-labelledby="section-title">
        <h2 id="section-title">{sectionTitle(current)}</h2>
        {notice}
        {children}
      </main>
    </div>
  );
}
