import type { PageAnalysis, PageKind } from '@/utils/infomentor/analysis';
import type { RiskView } from '@/utils/messaging/protocol';
import { formatDate, t, type MessageKey } from '@/utils/i18n';
import { subjectInSentence } from '@/utils/i18n/words';
import type { ContactChannel } from '../domain/contact-channels';
import type { ContactOutcome } from '../domain/contact-outcomes';
import { labelKey } from '../domain/labels';
import { isProtected, type PageRisk, type PupilAtRisk } from './page-risks';

/**
 * The words a teacher reads about a risk: "Ej kontaktad", "Nådd 21 nov (telefon)", "Försökt 20 nov · ej nådd",
 * "Uppföljning 1 dec", "Inte i risk (skäl)". Text, never colour alone.
 */
export { CONTACT_CHANNELS as CHANNELS } from '../domain/contact-channels';
export { CONTACT_OUTCOMES as OUTCOMES } from '../domain/contact-outcomes';

export const channelLabel = (channel: ContactChannel) => t(labelKey('channel', channel));
export const outcomeLabel = (outcome: ContactOutcome) => t(labelKey('outcome', outcome));

const lower = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/** A label inside a sentence: "(telefon)", but "(InfoMentor-meddelande)" keeps its inner capital. */
function inSentence(label: string): string {
  return /\p{Lu}/u.test(label.slice(1)) ? label : lower(label);
}

/** "21 nov": day and short month, without the abbreviation dot Swedish adds. */
export function shortDate(at: number | string): string {
  return formatDate(at, { day: 'numeric', month: 'short' }).replace(/\.$/, '');
}

const needsContact = (risk: PageRisk) => !risk.view || risk.view.status === 'open';
const retryDate = (iso: string) => shortDate(`${iso}T12:00:00`);

/** How far telling the guardians has come: nothing yet, attempts only, one of two, or everyone owed. */
export type TellProgress = 'none' | 'attempted' | 'partly' | 'informed';

export function tellProgress(view: RiskView): TellProgress {
  if (view.status === 'contacted') return 'informed';
  if ((view.guardians?.informed.length ?? 0) > 0) return 'partly';
  return view.lastContact ? 'attempted' : 'none';
}

function openText(view: RiskView): string {
  const last = view.lastContact;
  if (!last) return t('pageStatusOpen');
  const words = { date: shortDate(last.at), channel: inSentence(channelLabel(last.channel)) };
  if (tellProgress(view) === 'partly') return t('pageStatusPartly', words);
  return t('pageStatusAttempted', { ...words, outcome: lower(outcomeLabel(last.outcome)) });
}

/** "Ej kontaktad", "Försökt 20 nov (telefon) · ej nådd", "Nådd 21 nov (telefon)": the outcome, not just "kontaktad". */
export function statusText(view: RiskView | undefined): string {
  if (!view) return t('pageStatusUnknown');
  switch (view.status) {
    case 'open':
      return openText(view);
    case 'contacted':
      return view.lastContact
        ? t('pageStatusInformedOn', {
            outcome: outcomeLabel(view.lastContact.outcome),
            date: shortDate(view.lastContact.at),
            channel: inSentence(channelLabel(view.lastContact.channel)),
          })
        : t('pageStatusContacted');
    case 'dismissed':
      return view.statusReason ? t('pageStatusDismissedWhy', { reason: view.statusReason }) : t('pageStatusDismissed');
    case 'resolved':
      return t('pageStatusResolved');
  }
}

export function followUpText(view: RiskView | undefined): string | undefined {
  if (view?.retry) return t('pageRetry', { date: retryDate(view.retry) });
  return view?.followUp ? t('pageFollowUp', { date: retryDate(view.followUp) }) : undefined;
}

/**
 * The badge beside a pupil's name: "Risk · Ej kontaktad" while a risk has had no contact, "Försökt 20 nov
 * · ej nådd" after attempts only, "En av två informerad", then "Informerad 21 nov" once all are answered.
 * "Risk · Status okänd" while Insyn does not know (the lock closed, the background not answering): never
 * "Ej kontaktad" for guardians who may have been told.
 */
export function badgeText(pupil: PupilAtRisk): string {
  const views = pupil.risks.map((r) => r.view);
  if (views.some((v) => !v)) return t('pageBadgeUnknown');
  const open = views.filter((v): v is RiskView => v!.status === 'open');
  const progress = open.map(tellProgress);
  if (progress.includes('none')) return t('pageBadgeOpen');
  if (progress.includes('attempted')) {
    const last = open
      .filter((v) => tellProgress(v) === 'attempted')
      .map((v) => v.lastContact!)
      .sort((a, b) => b.at - a.at)[0]!;
    return t('pageBadgeAttempted', { date: shortDate(last.at), outcome: lower(outcomeLabel(last.outcome)) });
  }
  if (progress.includes('partly')) return t('pageBadgePartly');
  const contacts = pupil.risks.flatMap((r) => (r.view?.lastContact ? [r.view.lastContact.at] : []));
  if (contacts.length > 0) return t('pageBadgeInformed', { date: shortDate(Math.max(...contacts)) });
  return t('pageBadgeDecided');
}

/** The badge's words with the protected-data mark after the status, so it shows wherever the pupil does. */
export function badgeWords(pupil: PupilAtRisk): string {
  const status = badgeText(pupil);
  return isProtected([pupil]) ? `${status} · ${t('pageProtected')}` : status;
}

export function badgeLabel(pupil: PupilAtRisk): string {
  const subjects = [...new Set(pupil.risks.map((r) => r.subject))].join(', ');
  return t('pageBadgeLabel', { pupil: pupil.pupil, subjects, status: badgeWords(pupil) });
}

/**
 * One line per subject: "3 elever riskerar att inte nå godtagbara kunskaper i matematik — vårdnadshavare
 * ej kontaktade". Grade pages (years 6–9) speak of grade E instead.
 */
export function summaryLines(pupils: readonly PupilAtRisk[], kind: PageKind): string[] {
  const bySubject = new Map<string, PageRisk[]>();
  for (const pupil of pupils) {
    for (const risk of pupil.risks) {
      const risks = bySubject.get(risk.subject);
      // Pushed, not copied: a 1,000-row page has a few hundred risks in one subject (issue 20).
      if (risks) risks.push(risk);
      else bySubject.set(risk.subject, [risk]);
    }
  }
  return [...bySubject].map(([subject, risks]) => {
    const open = risks.filter(needsContact).length;
    const count = open > 0 ? open : risks.length;
    const level = kind === 'grades' ? 'Grade' : 'Level';
    const number = count === 1 ? 'One' : 'Many';
    const state = open > 0 ? 'NotContacted' : 'Answered';
    return t(`pageSummary${level}${number}${state}` as MessageKey, { count, subject: subjectInSentence(subject) });
  });
}

/**
 * On a page about one pupil (a pupil's own assessments, the Hub's views): who the page is about and how
 * many of their subjects are at risk — "Ek, Maja: 2 ämnen i risk". Nothing on a page of several pupils.
 */
export function pupilLine({ kind, pupils, atRisk }: PageAnalysis): string | undefined {
  const [pupil] = pupils;
  if (kind === 'unknown' || !pupil || pupils.length !== 1) return undefined;
  const count = new Set(atRisk.map((risk) => risk.subject)).size;
  if (count === 0) return t('pagePupilNoRisk', { pupil: pupil.name });
  return count === 1 ? t('pagePupilOneRisk', { pupil: pupil.name }) : t('pagePupilManyRisks', { pupil: pupil.name, count });
}
