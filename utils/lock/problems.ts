import sv from '../../public/_locales/sv/messages.json';
import en from '../../public/_locales/en/messages.json';
import { t, type MessageKey } from '../i18n';

/**
 * What the lock refuses, each with its message in the catalogues. The background throws in its own
 * language and the reply carries only the text, so the dashboard recognises the text in either catalogue
 * and shows it in the teacher's language (`lockProblemText`).
 */
const LOCK_PROBLEMS = {
  wrongPassphrase: 'lockWrongPassphrase',
  locked: 'lockLocked',
  alreadySet: 'lockAlreadySet',
  required: 'lockRemoveRequired',
} as const satisfies Record<string, MessageKey>;

export type LockProblem = keyof typeof LOCK_PROBLEMS;

export class LockProblemError extends Error {
  constructor(readonly problem: LockProblem) {
    super(t(LOCK_PROBLEMS[problem]));
    this.name = 'LockProblemError';
  }
}

const problemOf = (message: string): LockProblem | undefined =>
  (Object.keys(LOCK_PROBLEMS) as LockProblem[]).find((problem) => {
    const key = LOCK_PROBLEMS[problem];
    return sv[key].message === message || en[key].message === message;
  });

/** A failure of the lock's requests as the teacher reads it: a known refusal in her language, else the cause. */
export function lockProblemText(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  const problem = problemOf(message);
  return problem ? t(LOCK_PROBLEMS[problem]) : t('lockFailed', { message });
}
