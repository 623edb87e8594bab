import { formatNumber, t, type MessageKey } from '@/utils/i18n';
import type { Persistence } from '@/utils/privacy/persistence';

/** The tables a teacher can recognise, in the order a person thinks of them. */
const DESCRIBED = [
  'pupils',
  'risks',
  'contacts',
  'checklist',
  'adaptations',
  'referrals',
  'documents',
  'events',
  'visits',
  'templates',
  'recipes',
  'settings',
] as const;

const persistenceText: Record<Persistence, MessageKey> = {
  persisted: 'privacyPersisted',
  'not-persisted': 'privacyNotPersisted',
  unsupported: 'privacyPersistUnknown',
};

/** What Insyn stores and where, in plain words, with how many rows of each. */
export function StoredData({ counts, persistence }: { counts: Record<string, number>; persistence: Persistence | undefined }) {
  return (
    <section aria-labelledby="privacy-stored">
      <h3 id="privacy-stored">{t('privacyStoredHeading')}</h3>
      <p>{t('privacyIntro')}</p>
      <ul>
        {DESCRIBED.map((table) => (
          <li key={table} data-table={table}>
            {t(`privacyTable_${table}`)} <span class="muted">({t('privacyRowCount', { count: formatNumber(counts[table] ?? 0) })})</span>
          </li>
        ))}
      </ul>
      {persistence && (
        <p data-persistence={persistence}>
          <span aria-hidden="true">{persistence === 'persisted' ? '✔ ' : '⚠ '}</span>
          {t(persistenceText[persistence])}
        </p>
      )}
    </section>
  );
}
