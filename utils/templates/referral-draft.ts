import type { PupilChain } from '../db/queries/support';
import { isoDate } from '../domain/dates';
import { labelKey } from '../domain/labels';
import { t } from '../i18n';

export interface DraftSigner {
  teacher: string;
  school: string;
  today: string;
}

/**
 * The anmälan till rektor as a draft the teacher edits, copies or prints: the pupil, the subjects, each
 * risk with what the page showed, the extra anpassningar with their dates and evaluation, and the
 * guardians who were reached. Plain text in Insyn's language; nothing from a page becomes markup.
 */
export function referralDraft(chain: PupilChain, { teacher, school, today }: DraftSigner): string {
  const { pupil, risks, adaptations, told } = chain;
  const subjects = [...new Set([...risks.map((r) => r.subject), ...adaptations.map((a) => a.subject)])];
  const lines = [
    t('supportDraftTitle'),
    '',
    t('supportDraftPupil', { pupil: pupil.group ? `${pupil.name} (${pupil.group})` : pupil.name }),
    t('supportDraftSubjects', { subjects: subjects.join(', ') }),
    '',
    t('supportDraftRisks'),
    ...risks.map((r) => `- ${r.subject}, ${r.term}: ${r.evidence.join('; ')}`),
    '',
    t('supportDraftAdaptations'),
    ...adaptations.map((a) => {
      const line = t('supportAdaptationLine', { what: a.what, subject: a.subject, from: a.from, by: a.by, due: a.evaluationDue });
      const outcome = a.evaluation ? `${t(labelKey('adaptationOutcome', a.evaluation))} (${a.evaluatedOn})` : t('supportDraftNotEvaluated');
      return `- ${line}: ${outcome}`;
    }),
    '',
    t('supportDraftGuardians'),
    ...(told.length
      ? told.map((c) => `- ${isoDate(c.at)}, ${t(labelKey('channel', c.channel))}, ${c.withWhom}`)
      : [`- ${t('supportDraftNoGuardians')}`]),
    '',
    t('supportDraftBlank'),
    '',
    t('supportDraftSigned', { teacher, school, date: today }),
  ];
  return lines.join('\n');
}
