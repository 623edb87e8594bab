import type { RequestPayload } from '@/utils/messaging/protocol';
import type { MessageKey } from '@/utils/i18n';
import { isoDate, isValidDay, isValidMoment } from '../domain/dates';
import { informs, isWritten } from '../domain/contact-outcomes';
import type { GuardianNumber } from '../domain/guardians';
import { healthWordsIn } from '@/utils/privacy/health-words';
import type { PupilAtRisk } from './page-risks';

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
  /** The guardians the contact was with (the form shows the choice only when two are owed). */
  guardians: GuardianNumber[];
  /** date value of the next attempt, or "" for the next school day. */
  retry: string;
  /** date value or "". */
  followUp: string;
}

/** The pupil's guardians as the form needs them: those owed the information, and those already told. */
export interface GuardianChoice {
  owed: readonly GuardianNumber[];
  informed: readonly GuardianNumber[];
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

/** The first owed guardian not yet told is the one a teacher is most likely logging about. */
export function initialLogFields(now: Date, preset: Partial<LogFields> = {}, choice?: GuardianChoice): LogFields {
  const next = choice?.owed.find((g) => !choice.informed.includes(g)) ?? choice?.owed[0] ?? 1;
  const fields: LogFields = {
    channel: 'telefon',
    withWhom: '',
    when: toDateTimeLocal(now),
    summary: '',
    outcome: '',
    guardians: [next],
    retry: '',
    followUp: '',
  };
  return { ...fields, ...preset };
}

/** Whether the contact as typed leaves a guardian uninformed: then the form asks when to try again. */
export function leavesOpen(fields: Pick<LogFields, 'outcome' | 'channel' | 'guardians'>, choice?: GuardianChoice): boolean {
  if (fields.outcome === '' || !informs(fields.outcome, fields.channel)) return true;
  if (!choice) return false;
  return choice.owed.some((g) => !choice.informed.includes(g) && !fields.guardians.includes(g));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An optional date field: "" is fine, otherwise a date on or after the contact. */
function dateError(value: string, at: number | undefined, bad: MessageKey, before: MessageKey): MessageKey | undefined {
  if (!value) return undefined;
  if (!isValidDay(value)) return bad;
  return at !== undefined && value < isoDate(at) ? before : undefined;
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
  else if (fields.outcome === 'skickat' && !isWritten(fields.channel)) errors.outcome = 'logErrorSentNotWritten';
  if (fields.guardians.length === 0) errors.guardians = 'logErrorGuardians';
  if (fields.withWhom.trim().length > MAX_WITH_WHOM) errors.withWhom = 'logErrorTooLong';
  if (fields.summary.trim().length > MAX_SUMMARY) errors.summary = 'logErrorTooLong';
  const followUp = fields.followUp.trim();
  const retry = fields.retry.trim();
  const followUpError = dateError(followUp, at, 'logErrorFollowUp', 'logErrorFollowUpBefore');
  if (followUpError) errors.followUp = followUpError;
  const retryError = dateError(retry, at, 'logErrorRetry', 'logErrorRetryBefore');
  if (retryError) errors.retry = retryError;
  if (Object.keys(errors).length > 0 || at === undefined || fields.outcome === '') return { ok: false, errors };
  return {
    ok: true,
    log: {
      at,
      channel: fields.channel,
      withWhom: fields.withWhom.trim(),
      summary: fields.summary.trim(),
      outcome: fields.outcome,
      guardians: [...fields.guardians].sort(),
      ...(retry ? { retry } : {}),
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

/**
 * The guardian choice for one pupil's contact: the guardians owed (the same pupil in every risk) and
 * those told about all of the pupil's open risks. None for several pupils at once (their guardians differ).
 */
export function guardianChoiceOf(pupils: readonly PupilAtRisk[]): GuardianChoice | undefined {
  if (pupils.length !== 1) return undefined;
  const views = pupils[0]!.risks.flatMap((r) => (r.view?.guardians ? [r.view] : []));
  if (views.length === 0) return undefined;
  const waiting = views.filter((v) => v.status === 'open');
  const owed = views[0]!.guardians!.owed;
  const informed = owed.filter((g) => waiting.every((v) => v.guardians!.informed.includes(g)));
  return { owed, informed };
}
