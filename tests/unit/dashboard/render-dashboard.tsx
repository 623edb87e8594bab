import { render } from '@testing-library/preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import type { DashboardApi } from '@/components/dashboard/api';
import type { SectionId } from '@/components/dashboard/Dashboard';
import type { InsynDatabase } from '@/utils/db/database';
import { createDashboardApi } from '@/entrypoints/dashboard/api';

/** Wednesday 12 Nov 2025, 10:00 local time: "this week" runs to Sunday 16 Nov. */
export const NOW = new Date('2025-11-12T10:00:00').getTime();

/** The dashboard as the teacher opens it at `#section`, over a test database. */
export function renderDashboard(db: InsynDatabase, section: SectionId, override: Partial<DashboardApi> = {}) {
  location.hash = `#${section}`;
  const api = { ...createDashboardApi(db, () => NOW), ...override };
  return { api, ...render(<DashboardApp api={api} />) };
}
