import type { PageAnalysis, PageKind } from '@/utils/infomentor/analysis';
import type { RiskView } from '@/utils/messaging/protocol';
import { formatDate, t, type MessageKey } from '@/utils/i18n';
import { subjectInSentence } from '@/utils/i18n/words';
import type { ContactChannel } from '../domain/contact-channels';
import type { ContactOutcome } from '../domain/contact-outcomes';
import { labelKey } from '../domain/labels';
import { pupilsNeedingContact, type PageRisk, type PupilAtRisk } from './page-risks';

/**
 * The words a teacher reads about a risk: "Ej kontaktad", "Kontaktad 21 nov (telefon)",
 * "Uppföljning 1 dec", "Inte i risk (skäl)". Text, never colour alone.
 */
export { CONTACT_CHANNELS as CHANNELS } from '../domain/contact-channels';
export { CONTACT_OUTCOMES as OUTCOMES } from '../domain/contact-outcomes';

export const channelLabel = (channel: ContactChannel) => t(labelKey('channel', channel));
export const outcomeLabel = (outcome: ContactOutcome) => t(labelKey('outcome', outcome));

/** A label inside a sentence: "(telefon)", but "(InfoMentor-meddelande)" keeps its inner capital. */
function inSentence(label: string): string {
  return /\p{Lu}/u.test(label.slice(1)) ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** "21 nov": day and short month, without the abbreviation dot Swedish adds. */
export function shortDate(at: number | string): string {
  return formatDate(at, { day: 'numeric', month: 'short' }).replace(/\.$/, '');
}

export function statusText(view: RiskView | undefined): string {
  if (!view) return t('pageStatusUnknown');
  switch (view.status) {
    case 'open':
      return t('pageStatusOpen');
    case 'contacted':
      return view.lastContact
        ? t('pageStatusContactedOn', { date: shortDate(view.lastContact.at), channel: inSentence(channelLabel(view.lastContact.channel)) })
        : t('pageStatusContacted');
    case 'dismissed':
      return view.statusReason ? t('pageStatusDismissedWhy', { reason: view.statusReason }) : t('pageStatusDismissed');
    case 'resolved':
      return t('pageStatusResolved');
  }
}

export function followUpText(view: RiskView | undefined): string | undefined {
  return view?.followUp ? t('pageFollowUp', { date: shortDate(`${view.followUp}T12:00:00`) }) : undefined;
}

const needsContact = (risk: PageRisk) => !risk.view || risk.view.status === 'open';

/** The badge beside a pupil's name: "Risk · Ej kontaktad" until every risk is answered, then the latest contact. */
export function badgeText(pupil: PupilAtRisk): string {
  if (pupilsNeedingContact([pupil]).length > 0) return t('pageBadgeOpen');
  const contacts = pupil.risks.flatMap((r) => (r.view?.lastContact ? [r.view.lastContact.at] : []));
  if (contacts.length > 0) return t('pageBadgeContacted', { date: shortDate(Math.max(...contacts)) });
  return t('pageBadgeDecided');
}

export function badgeLabel(pupil: PupilAtRisk): string {
  const subjects = [...new Set(pupil.risks.map((r) => r.subject))].join(', ');
  return t('pageBadgeLabel', { pupil: pupil.pupil, subjects, status: badgeText(pupil) });
}

/**
 * One line per subject: "3 elever riskerar att inte nå godtagbara kunskaper i matematik — vårdnadshavare
 * ej kontaktade". Grade pages (years 6–9) speak of grade E instead.
 */
export function summaryLines(pupils: readonly PupilAtRisk[], kind: PageKind): string[] {
  const bySubject = new Map<string, PageRisk[]>();
  for (const risk of pupils.flatMap((p) => p.risks)) bySubject.set(risk.subject, [...(bySubject.get(risk.subject) ?? []), risk]);
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
