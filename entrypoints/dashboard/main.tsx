import { render } from 'preact';
import { z } from 'zod';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { followBadge } from '@/utils/background/deadlines';
import { getDatabase } from '@/utils/db/database';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import { createDashboardApi } from './api';

z.config({ jitless: true });

const db = getDatabase();
// What the teacher changes here changes what is due: the toolbar badge follows at once (the background may be asleep).
followBadge(db);
void applyStoredLanguage().then(() => {
  render(<DashboardApp api={createDashboardApi(db)} />, document.getElementById('app')!);
});
