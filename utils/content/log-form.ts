import type { RequestPayload } from '@/utils/messaging/protocol';
import type { MessageKey } from '@/utils/i18n';
import { isoDate, isValidDay, isValidMoment } from '../domain/dates';
import { healthWordsIn } from '@/utils/privacy/health-words';

/**
 * The contact log form's fields as the teacher typed them, and the rules that turn them into a
 * 'contact/log' request. Errors are message keys, shown next to their field; the input is never lost.
 */
export type ContactLog = Omit<RequestPayload<'contact/log'>, 'riskIds'>;
type Channel = ContactLog['channel'];
type Outcome = ContactLog['outcome'];

export interface LogFields {
  channel: Channel;
  withWhom: string;
  /** datetime-local value, "2025-11-21T14:30". */
  when: string;
  summary: string;
  outcome: Outcome | '';
  /** date value or "". */
  followUp: string;
}

export type LogErrors = Partial<Record<keyof LogFields, MessageKey>>;

export const MAX_SUMMARY = 2000;
export const MAX_WITH_WHOM = 200;
/** Clocks differ a little; a contact "a minute from now" is still now. */
const FUTURE_SLACK_MS = 5 * 60_000;

export function toDateTimeLocal(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function initialLogFields(now: Date, preset: Partial<LogFields> = {}): LogFields {
  return { channel: 'telefon', withWhom: '', when: toDateTimeLocal(now), summary: '', outcome: '', followUp: '', ...preset };
}

function parseLocal(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  // What the export would refuse ("0202" for 2025) is refused here, where the teacher can correct it.
  return date.getMonth() === mo - 1 && date.getDate() === d && isValidMoment(date.getTime()) ? date.getTime() : undefined;
}

export function validateLog(fields: LogFields, now: Date): { ok: true; log: ContactLog } | { ok: false; errors: LogErrors } {
  const errors: LogErrors = {};
  const at = parseLocal(fields.when);
  if (at === undefined) errors.when = 'logErrorWhen';
  else if (at > now.getTime() + FUTURE_SLACK_MS) errors.when = 'logErrorWhenFuture';
  if (fields.outcome === '') errors.outcome = 'logErrorOutcome';
  if (fields.withWhom.trim().length > MAX_WITH_WHOM) errors.withWhom = 'logErrorTooLong';
  if (fields.summary.trim().length > MAX_SUMMARY) errors.summary = 'logErrorTooLong';
  const followUp = fields.followUp.trim();
  if (followUp && !isValidDay(followUp)) errors.followUp = 'logErrorFollowUp';
  else if (followUp && at !== undefined && followUp < isoDate(at)) errors.followUp = 'logErrorFollowUpBefore';
  if (Object.keys(errors).length > 0 || at === undefined || fields.outcome === '') return { ok: false, errors };
  return {
    ok: true,
    log: {
      at,
      channel: fields.channel,
      withWhom: fields.withWhom.trim(),
      summary: fields.summary.trim(),
      outcome: fields.outcome,
      ...(followUp ? { followUp } : {}),
    },
  };
}

/** Health words in what the teacher writes: a warning beside the field, never a block. */
export function healthWarning(fields: Pick<LogFields, 'summary' | 'withWhom'>): string[] {
  return healthWordsIn(`${fields.withWhom}\n${fields.summary}`);
}

/** Logging for several pupils at once: at least one must be ticked. */
export function selectionError(pupilKeys: readonly string[]): MessageKey | undefined {
  return pupilKeys.length === 0 ? 'logErrorNoPupil' : undefined;
}
