import type { ChecklistKind } from '@/utils/domain/checklist-kinds';
import type { ChecklistStatus } from '@/utils/domain/checklist-statuses';
import { CONTACT_CHANNELS, type ContactChannel } from '@/utils/domain/contact-channels';
import { CONTACT_OUTCOMES, type ContactOutcome } from '@/utils/domain/contact-outcomes';
import { labelKey } from '@/utils/domain/labels';
import { RISK_STATUSES, type RiskStatus } from '@/utils/domain/risk-statuses';
import { CHECKLIST_KINDS, checklistKindLabel } from '@/utils/checklist/registry';
import type { DueBucket } from '@/utils/db/queries/checklist';
import { formatNumber, t, type Lang, type MessageKey } from '@/utils/i18n';

export { LANGUAGES } from '@/utils/i18n';

/** The teacher's words for Insyn's stored codes, named by the rule of utils/domain/labels.ts. */
const dueBuckets: Record<DueBucket, MessageKey> = {
  overdue: 'dashDueOverdue',
  'this-week': 'dashDueThisWeek',
  later: 'dashDueLater',
};

const checklistStatuses: Record<ChecklistStatus, MessageKey> = {
  open: 'dashItemOpen',
  done: 'dashItemDone',
};

export const CHANNELS = CONTACT_CHANNELS;
export const OUTCOMES = CONTACT_OUTCOMES;
export const KINDS = CHECKLIST_KINDS;
export { RISK_STATUSES };
export const DUE_BUCKETS = Object.keys(dueBuckets) as DueBucket[];

export const channelLabel = (c: ContactChannel) => t(labelKey('channel', c));
export const outcomeLabel = (o: ContactOutcome) => t(labelKey('outcome', o));
export const kindLabel = (k: ChecklistKind) => checklistKindLabel(k);
export const riskStatusLabel = (s: RiskStatus) => t(labelKey('riskStatus', s));
export const checklistStatusLabel = (s: ChecklistStatus) => t(checklistStatuses[s]);
export const languageLabel = (lang: Lang) => t(lang === 'sv' ? 'dashLangSv' : 'dashLangEn');
export const dueLabel = (d: DueBucket) => t(dueBuckets[d]);

/** Options for a filter select: "Alla" first, meaning no filter. */
export function withAll(values: readonly string[], label: (value: string) => string) {
  return [{ value: '', label: t('dashFilterAll') }, ...values.map((value) => ({ value, label: label(value) }))];
}

export { formatDay } from '@/components/common/format-day';

/** A count that may be a lower bound (utils/db/queries/page.ts): "1 234", or "fler än 500" when counting stopped early. */
export function countText({ total, more }: { total: number; more?: boolean }): string {
  return more ? t('dashCountMore', { count: formatNumber(total) }) : formatNumber(total);
}
