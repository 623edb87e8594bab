import { informs } from '@/utils/domain/contact-outcomes';
import { vi } from 'vitest';
import type { AtRisk, PageAnalysis } from '@/utils/infomentor/analysis';
import type { DraftingContext, RequestPayload, RequestType, Responses, RiskView } from '@/utils/messaging/protocol';
import type { ContactFlow, Send } from '@/utils/content/contact-flow';
import { BADGE_ATTRIBUTE, type Badges } from '@/utils/content/badges';
import { startPageSession } from '@/utils/content/page-session';
import { readPage } from '@/utils/infomentor/analyse';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';

/** A page analysis with the given at-risk entries (one subject, group 5A). */
export function analysisWith(atRisk: Partial<AtRisk>[], subject = 'Matematik'): PageAnalysis {
  const entries: AtRisk[] = atRisk.map((entry) => ({
    pupil: 'Elev, Okänd',
    subject,
    source: 'assessment',
    reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
    ...entry,
  }));
  return {
    kind: 'group-assessment',
    context: { group: '5A', subject, term: 'Ht 2025' },
    pupils: entries.map((e) => ({ name: e.pupil, id: e.pupilId })),
    atRisk: entries,
    documents: [],
  };
}

export const drafting: DraftingContext = {
  templates: DEFAULT_TEMPLATES.map(({ id, name, lang, subject, body }) => ({ id, name, lang, subject, body })),
  teacher: 'Lena Lärare',
  school: 'Björkskolan',
  term: 'Vt 2026',
  municipality: '',
  protectedRoutine: '',
};

/**
 * A background that behaves like the real one for the requests the page sends: one risk per page
 * entry, prompted until postponed, dismissed or answered by a logged contact. Records every request.
 * `view` adds to every risk's view what the background would know of the pupil (guardians, protection).
 */
export function fakeBackground({ prompt = true, failing = [] as RequestType[], context = drafting, view = {} as Partial<RiskView> } = {}) {
  const risks = new Map<string, RiskView>();
  const calls: { type: RequestType; payload: unknown }[] = [];
  const answer = async (type: RequestType, payload: any): Promise<unknown> => {
    calls.push({ type, payload });
    if (failing.includes(type)) throw new Error('database closed');
    switch (type) {
      case 'page/read':
        return {
          stored: true,
          risks: (payload as RequestPayload<'page/read'>).analysis.atRisk.map((entry) => {
            const riskId = `${entry.pupilId ?? entry.pupil}|${entry.subject}|Ht 2025`;
            const known = risks.get(riskId) ?? {
              riskId,
              pupil: entry.pupil,
              pupilId: entry.pupilId,
              subject: entry.subject,
              status: 'open' as const,
              prompt,
              ...view,
            };
            risks.set(riskId, known);
            return known;
          }),
        };
      case 'risk/postpone':
      case 'risk/dismiss': {
        for (const id of payload.riskIds) {
          const risk = risks.get(id)!;
          risks.set(
            id,
            type === 'risk/dismiss'
              ? { ...risk, status: 'dismissed', statusReason: payload.reason, prompt: false }
              : { ...risk, prompt: false },
          );
        }
        return { updated: payload.riskIds.length };
      }
      case 'contact/log': {
        const updated = (payload.riskIds as string[]).map((id) => {
          // The fake background tells as the real one does for a pupil with one guardian.
          const told = informs(payload.outcome, payload.channel);
          const risk: RiskView = {
            ...risks.get(id)!,
            status: told ? 'contacted' : 'open',
            prompt: false,
            lastContact: { at: payload.at, channel: payload.channel, outcome: payload.outcome, informs: told },
            followUp: payload.followUp,
            ...(told ? {} : { retry: payload.retry }),
          };
          risks.set(id, risk);
          return risk;
        });
        return { contactId: `c${calls.length}`, risks: updated };
      }
      case 'drafting/get':
        return context;
      case 'drafting/sign':
        return { teacher: payload.teacher, school: payload.school };
      default:
        throw new Error(`unexpected ${type}`);
    }
  };
  const spy = vi.fn(answer);
  return {
    send: spy as unknown as Send,
    spy,
    calls,
    risks,
    callsOf: <K extends RequestType>(type: K) => calls.filter((c) => c.type === type).map((c) => c.payload as RequestPayload<K>),
  };
}

export type { Responses };

/** Insyn's page session on this test's document, as the content script starts it, reading at once. */
export function startTestSession(flow: ContactFlow, badges: Badges, signal: AbortSignal) {
  return startPageSession({
    document,
    flow,
    badges,
    read: readPage,
    isOurs: (node) => node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE),
    onFailure: () => {},
    signal,
    schedule: (read) => read(),
  });
}
