import type { ChecklistKind, ContactChannel, ContactOutcome, RiskStatus } from '@/utils/db/records';
import type { DueBucket } from '@/utils/db/queries/checklist';
import { formatDate, t, type MessageKey } from '@/utils/i18n';

/** The teacher's words for Insyn's stored codes (message names may not contain hyphens). */
const channels: Record<ContactChannel, MessageKey> = {
  telefon: 'dashChannelPhone',
  'e-post': 'dashChannelEmail',
  infomentor: 'dashChannelInfoMentor',
  mote: 'dashChannelMeeting',
  brev: 'dashChannelLetter',
  sms: 'dashChannelSms',
  annat: 'dashChannelOther',
};
const outcomes: Record<ContactOutcome, MessageKey> = {
  nadd: 'dashOutcomeReached',
  'ej-nadd': 'dashOutcomeNotReached',
  'mote-bokat': 'dashOutcomeMeetingBooked',
};
const kinds: Record<ChecklistKind, MessageKey> = {
  'guardian-contact': 'dashKindGuardianContact',
  'written-assessment': 'dashKindWrittenAssessment',
  'iup-published': 'dashKindIupPublished',
  'iup-posted': 'dashKindIupPosted',
  'decision-sent-home': 'dashKindDecisionSentHome',
  'progress-meeting': 'dashKindProgressMeeting',
};
const riskStatuses: Record<RiskStatus, MessageKey> = {
  open: 'dashRiskStatusOpen',
  contacted: 'dashRiskStatusContacted',
  resolved: 'dashRiskStatusResolved',
  dismissed: 'dashRiskStatusDismissed',
};
const dueBuckets: Record<DueBucket, MessageKey> = {
  overdue: 'dashDueOverdue',
  'this-week': 'dashDueThisWeek',
  later: 'dashDueLater',
};

export const CHANNELS = Object.keys(channels) as ContactChannel[];
export const OUTCOMES = Object.keys(outcomes) as ContactOutcome[];
export const KINDS = Object.keys(kinds) as ChecklistKind[];
export const RISK_STATUSES = Object.keys(riskStatuses) as RiskStatus[];
export const DUE_BUCKETS = Object.keys(dueBuckets) as DueBucket[];

export const channelLabel = (c: ContactChannel) => t(channels[c]);
export const outcomeLabel = (o: ContactOutcome) => t(outcomes[o]);
export const kindLabel = (k: ChecklistKind) => t(kinds[k]);
export const riskStatusLabel = (s: RiskStatus) => t(riskStatuses[s]);
export const dueLabel = (d: DueBucket) => t(dueBuckets[d]);

/** Options for a filter select: "Alla" first, meaning no filter. */
export function withAll(values: readonly string[], label: (value: string) => string) {
  return [{ value: '', label: t('dashFilterAll') }, ...values.map((value) => ({ value, label: label(value) }))];
}

/** An ISO date (YYYY-MM-DD) for display; read at local noon so no time zone moves it a day. */
export const formatDay = (iso: string) => formatDate(`${iso}T12:00:00`);
