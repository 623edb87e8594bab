import type { NoticeState } from '@/components/common/Notice';
import type { DashboardApi } from '../api';

/** What every dashboard section gets: the data API and the page's one live region. */
export interface SectionProps {
  api: DashboardApi;
  announce: (notice: NoticeState) => void;
  fail: (error: unknown) => void;
}
