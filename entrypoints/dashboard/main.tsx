import { render } from 'preact';
import { z } from 'zod';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { getDatabase } from '@/utils/db/database';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import { createDashboardApi } from './api';

z.config({ jitless: true });

void applyStoredLanguage().then(() => {
  render(<DashboardApp api={createDashboardApi(getDatabase())} />, document.getElementById('app')!);
});
