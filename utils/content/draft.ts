import type { DraftingContext, TemplateView } from '@/utils/messaging/protocol';
import { subjectInSentence } from '@/utils/i18n/words';
import { interpreterSentence, joinWords, parentReasons, spokenTerm } from '@/utils/templates/parent-words';
import { renderTemplate } from '@/utils/templates/render';
import type { Letter } from './print-letter';
import { getLanguage, t } from '@/utils/i18n';
import { interpreterOf, subjectsOf, type PupilAtRisk } from './page-risks';

/**
 * One guardian message for one pupil: a template filled with the pupil's subject(s) and the reasons the
 * page showed in words for parents, the term as people say it, the teacher's details, and a meeting time
 * and an interpreter when there are any. Text only, start to end.
 */
export interface Draft {
  subject: string;
  body: string;
}

/** "Carlsson, Maja" → "Maja Carlsson": how a name is written in a letter. Other forms are kept. */
export function displayName(pupil: string): string {
  const parts = pupil.split(',');
  if (parts.length !== 2) return pupil;
  const [last, first] = parts.map((part) => part.trim()) as [string, string];
  return first && last ? `${first} ${last}` : pupil;
}

const locale = (lang: TemplateView['lang']) => (lang === 'sv' ? 'sv-SE' : 'en-GB');

/** A datetime-local value as words in the template's language: "onsdag 3 december 15:00". */
export function formatMeeting(value: string, lang: TemplateView['lang']): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/**
 * The draft of a template for a pupil. Guardians who need an interpreter (the teacher's mark on the pupil,
 * which the page's risks carry) are offered one for the meeting in the template's own language, never the child.
 */
export function draftFor(template: TemplateView, pupil: PupilAtRisk, context: DraftingContext, meeting: string): Draft {
  const interpreter = interpreterOf(pupil);
  const values = {
    pupil: displayName(pupil.pupil),
    subject: joinWords(
      subjectsOf(pupil).map((subject) => subjectInSentence(subject, template.lang)),
      template.lang,
    ),
    teacher: context.teacher,
    school: context.school,
    term: spokenTerm(context.term, template.lang),
    reasons: parentReasons(pupil.risks, template.lang),
    meeting: formatMeeting(meeting, template.lang),
    interpreter: interpreter === undefined ? '' : interpreterSentence(interpreter, template.lang),
  };
  return {
    subject: renderTemplate(template.subject, values),
    body: renderTemplate(template.body, values),
  };
}

/**
 * The longest mailto: link offered. Some mail programs cut long links without a word, and the guardian
 * would get a letter without its end (issue 22's review saw links of 1,727 characters); a longer text
 * is offered to copy into an e-mail instead.
 */
export const MAX_MAILTO = 1_800;

export function mailtoFits(url: string): boolean {
  return url.length <= MAX_MAILTO;
}

/** A mailto: link with no address (the teacher picks the guardians in the mail program). */
export function mailtoUrl(draft: Draft): string {
  return `mailto:?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body.replace(/\r?\n/g, '\r\n'))}`;
}

// Insyn's own message templates (utils/templates/defaults.ts): the natural start for a first message,
// where the background's list is sorted by name and would offer the printed letter first.
const STARTERS: Record<TemplateView['lang'], { grades: string; other: string; absence: string }> = {
  sv: { grades: 'builtin-sv-meddelande-6-9', other: 'builtin-sv-meddelande-1-5', absence: 'builtin-sv-franvaro' },
  en: { grades: 'builtin-en-message', other: 'builtin-en-message', absence: 'builtin-en-absence' },
};

/**
 * The template to start from: Insyn's message about attendance when every reason is a "–" (absence),
 * else its message for the page's school years (grade pages are years 6–9), in the teacher's language if
 * the teacher kept it, else the first in that language, else the first.
 */
export function defaultTemplate(
  templates: readonly TemplateView[],
  lang: TemplateView['lang'],
  grades = false,
  absence = false,
): TemplateView | undefined {
  const starter = STARTERS[lang][absence ? 'absence' : grades ? 'grades' : 'other'];
  return templates.find((tpl) => tpl.id === starter) ?? templates.find((tpl) => tpl.lang === lang) ?? templates[0];
}

/** The printed letter for a draft: dated today in the template's language, signed by the teacher. */
export function letterFor(draft: Draft, lang: TemplateView['lang'], context: DraftingContext, today: Date): Letter {
  return {
    lang,
    date: new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(today),
    // The sender line: the school, and its municipality when the settings name one.
    school: [context.school, context.municipality].filter((part) => part.trim()).join(', '),
    heading: draft.subject,
    body: draft.body,
    teacher: context.teacher,
  };
}
