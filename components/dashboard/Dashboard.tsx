import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';

export const SECTIONS = ['overview', 'risks', 'contacts', 'checklist', 'templates', 'export', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

const titles: Record<SectionId, MessageKey> = {
  overview: 'sectionOverview',
  risks: 'sectionRisks',
  contacts: 'sectionContacts',
  checklist: 'sectionChecklist',
  templates: 'sectionTemplates',
  export: 'sectionExport',
  settings: 'sectionSettings',
};

export function sectionTitle(id: SectionId): string {
  return t(titles[id]);
}

/** The dashboard's frame: navigation between sections (hash links) and the current section. */
export function Dashboard({ current, children }: { current: SectionId; children: ComponentChildren }) {
  return (
    <div class="dashboard">
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
        {children}
      </main>
    </div>
  );
}
