import type { PageAnalysis } from '../infomentor/analysis';
import type { RiskView } from '../messaging/protocol';
import { refreshChecklist } from './refresh-checklist';
import { isoDate } from '../domain/dates';
import { halfYearTerm, termOnCalendar, type Calendar } from '../domain/terms';
import { loadSettings } from '../settings/store';
import { rowsOfPupils } from '../db/by-pupil';
import type { InsynDatabase } from '../db/database';
import { documentIdOf } from '../db/document-ids';
import { refuseWhileLocked } from '../db/encrypted-fields';
import { logEvents } from '../db/events';
import { indexByName, mergePupil, resolvePupilId } from './pupils';
import type { DocumentRecord, PupilRecord, RiskRecord } from '../db/records';
import { toRiskView } from './risks';
import { informedStatus, tellState } from './informed';
import { minimiseEvidence } from '../privacy/minimise';

const MAX_EVIDENCE = 10;

export const riskIdOf = (pupilId: string, subject: string, term: string) => `${pupilId}|${subject}|${term}`;

/**
 * A row seen again with nothing new but the time is written at most this often: the same page re-read on
 * every change of the DOM then costs reads only. lastSeen serves retention and terms, an hour is plenty.
 */
const LAST_SEEN_STEP = 60 * 60 * 1000;

function worthWriting<T extends { lastSeen: number }>(before: T | undefined, after: T, now: number): boolean {
  if (!before || now - before.lastSeen >= LAST_SEEN_STEP) return true;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof T)[]);
  keys.delete('lastSeen');
  return [...keys].some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** What of a document the checklist depends on. */
const DOCUMENT_STATE = ['status', 'published', 'decided', 'publishedAt', 'publishedOn', 'page'] as const;

/** A pupil's checklist depends on their year and on the terms they were seen in. */
function pupilChanged(before: PupilRecord | undefined, after: PupilRecord, calendar: Calendar): boolean {
  if (!before) return true;
  const termOf = (at: number) => termOnCalendar(isoDate(at), calendar);
  return before.year !== after.year || termOf(before.lastSeen) !== termOf(after.lastSeen);
}

/**
 * Stores what one page showed: its pupils, risks and documents, and brings their checklist items up to
 * date, in one transaction. Idempotent: the same
 * page read twice changes nothing but `lastSeen`. A risk keeps the status the teacher gave it (contacted,
 * dismissed, postponed). Returns where each of the page's risks stands, in the page's order; `seen`, when
 * given, hears Insyn's ids of the page's pupils (the tab's panel may act only for them).
 */
export async function storeReading(
  db: InsynDatabase,
  analysis: PageAnalysis,
  now: number,
  url?: string,
  seen?: (pupilIds: readonly string[]) => void,
): Promise<RiskView[]> {
  const { risks, pupilIds } = await storeReadingWithin(db, analysis, now, url);
  seen?.(pupilIds);
  return risks;
}

/**
 * Asked, inside the reading's transaction and before anything is written, whether the reading may add
 * this many pupils not stored before (only when there are any); throws to store nothing. It may read
 * the database (utils/store/budgets.ts counts rows), nothing outside it: an IndexedDB transaction
 * does not outlive a wait on anything else.
 */
export type AdmitNewPupils = (newPupils: number) => Promise<void>;

/** storeReading, under a budget for new pupils; answers how many it added and the page's pupils' ids. */
export async function storeReadingWithin(
  db: InsynDatabase,
  analysis: PageAnalysis,
  now: number,
  url?: string,
  admit?: AdmitNewPupils,
): Promise<{ risks: RiskView[]; newPupils: number; pupilIds: string[] }> {
  // Closed, a reading is refused even when it would write nothing: the panel then shows counts only.
  await refuseWhileLocked(db);
  const tables = [db.pupils, db.risks, db.documents, db.referrals, db.contacts, db.settings, db.events, db.checklist];
  return db.transaction('rw', tables, async () => {
    const calendar = (await loadSettings(db)).terms;
    const pageTerm = analysis.context.term ?? termOnCalendar(isoDate(now), calendar);
    const reading: Reading = { db, analysis, now, calendar, pageTerm, ...(url ? { url } : {}), ...(admit ? { admit } : {}) };
    const { riskPupils, docPupils, changed, pupils, newPupils } = await storePupils(reading);
    const { risks, pageRiskIds, contacts } = await storeRisks(reading, riskPupils, changed, pupils);
    await storeDocuments(reading, docPupils, changed);

    // The page may close items (published) or owe new ones; only its pupils' items can change.
    if (changed.size) await refreshChecklist(db, now, [...changed]);

    const stored = new Map(risks.map((r) => [r.id, r]));
    const views = analysis.atRisk.map((entry, i) => {
      const shown = { pupil: entry.pupil, ...(entry.pupilId ? { pupilId: entry.pupilId } : {}) };
      const risk = stored.get(pageRiskIds[i]!)!;
      return toRiskView(risk, shown, contacts, pupils.get(risk.pupilId) ?? {}, calendar, now);
    });
    return { risks: views, newPupils, pupilIds: [...pupils.keys()] };
  });
}

/** One page being stored: what storeReading's steps share. */
interface Reading {
  db: InsynDatabase;
  analysis: PageAnalysis;
  now: number;
  calendar: Calendar;
  /** The page's term, else today's on the teacher's calendar. */
  pageTerm: string;
  /** The page's address: the checklist links to where its work is done. */
  url?: string;
  admit?: AdmitNewPupils;
}

/** Pupils: everyone the page names, in any of its lists. Answers the ids of the risks' and documents' pupils. */
async function storePupils({ db, analysis, now, calendar, admit }: Reading) {
  const { group } = analysis.context;
  const needsNames = !group && (analysis.pupils.some((p) => !p.id) || [...analysis.atRisk, ...analysis.documents].some((e) => !e.pupilId));
  const known = needsNames ? indexByName(await db.pupils.toArray()) : new Map<string, string[]>();
  const seen = new Map<string, { id: string; name: string; group?: string }>();
  const see = (name: string, pageId: string | undefined) => {
    const id = resolvePupilId(name, pageId, group, known);
    seen.set(id, { id, name, ...(group ? { group } : {}) });
    return id;
  };
  for (const p of analysis.pupils) see(p.name, p.id);
  const riskPupils = analysis.atRisk.map((r) => see(r.pupil, r.pupilId));
  const docPupils = analysis.documents.map((d) => see(d.pupil, d.pupilId));
  const pupilIds = [...seen.keys()];
  const existingPupils = await db.pupils.bulkGet(pupilIds);
  const newPupils = existingPupils.filter((p) => !p).length;
  if (newPupils && admit) await admit(newPupils);
  const pupils: PupilRecord[] = pupilIds.map((id, i) => mergePupil(existingPupils[i], seen.get(id)!, now));
  await db.pupils.bulkPut(pupils.filter((p, i) => worthWriting(existingPupils[i], p, now)));
  // Pupils whose checklist may change: only they are refreshed, so a page read again costs little.
  const changed = new Set(pupilIds.filter((id, i) => pupilChanged(existingPupils[i], pupils[i]!, calendar)));
  return { riskPupils, docPupils, changed, pupils: new Map(pupils.map((p) => [p.id, p])), newPupils };
}

/** Risks: one per pupil, subject and term; several entries for one risk merge their evidence. */
async function storeRisks(
  { db, analysis, now, calendar, pageTerm, url }: Reading,
  riskPupils: readonly string[],
  changed: Set<string>,
  pupils: ReadonlyMap<string, PupilRecord>,
) {
  const incoming = new Map<string, RiskRecord>();
  const pageRiskIds = analysis.atRisk.map((entry, i) => {
    const pupilId = riskPupils[i]!;
    const term = entry.term ?? pageTerm;
    const id = riskIdOf(pupilId, entry.subject, term);
    const before = incoming.get(id);
    incoming.set(id, {
      id,
      pupilId,
      subject: entry.subject,
      term,
      source: entry.source,
      evidence: [...new Set([...(before?.evidence ?? []), ...entry.reasons.map(minimiseEvidence)])],
      firstSeen: now,
      lastSeen: now,
      status: 'open',
      ...(url ? { page: url } : {}),
    });
    return id;
  });
  const riskIds = [...incoming.keys()];
  const [existingRisks, contacts] = await Promise.all([db.risks.bulkGet(riskIds), rowsOfPupils(db.contacts, riskPupils)]);
  const fresh: string[] = [];
  const risks = riskIds.map((id, i): RiskRecord => {
    const risk = incoming.get(id)!;
    const existing = existingRisks[i];
    if (!existing) {
      fresh.push(id);
      changed.add(risk.pupilId);
      // A risk seen anew may already be answered by contacts about its subject this term.
      return { ...risk, status: informedStatus(risk, tellState(risk, contacts, pupils.get(risk.pupilId) ?? {}, calendar)) };
    }
    const evidence = [...new Set([...existing.evidence, ...risk.evidence])].slice(-MAX_EVIDENCE);
    return { ...existing, source: risk.source, evidence, lastSeen: Math.max(existing.lastSeen, now), ...(url ? { page: url } : {}) };
  });
  await db.risks.bulkPut(risks.filter((r, i) => worthWriting(existingRisks[i], r, now)));
  await logEvents(db, 'risk/new', fresh, now);
  return { risks, pageRiskIds, contacts };
}

/** Documents: the latest page state wins; first sighting and first time seen published are kept. */
async function storeDocuments({ db, analysis, now, pageTerm, url }: Reading, docPupils: readonly string[], changed: Set<string>) {
  const documents = new Map<string, DocumentRecord>();
  analysis.documents.forEach((doc, i) => {
    const record: DocumentRecord = {
      id: '',
      pupilId: docPupils[i]!,
      type: doc.type,
      term: doc.term ?? (doc.decided ? halfYearTerm(doc.decided) : undefined) ?? pageTerm,
      status: doc.status,
      published: doc.published,
      firstSeen: now,
      lastSeen: now,
    };
    if (doc.subject) record.subject = doc.subject;
    if (doc.decided) record.decided = doc.decided;
    if (doc.publishedOn) record.publishedOn = doc.publishedOn;
    if (url) record.page = url;
    record.id = documentIdOf(record);
    documents.set(record.id, record);
  });
  const docIds = [...documents.keys()];
  const existingDocs = await db.documents.bulkGet(docIds);
  const mergedDocs = docIds.map((id, i) => {
    const doc = documents.get(id)!;
    const existing = existingDocs[i];
    const merged: DocumentRecord = existing ? { ...doc, firstSeen: existing.firstSeen, lastSeen: Math.max(existing.lastSeen, now) } : doc;
    if (doc.published) merged.publishedAt = existing?.publishedAt ?? now;
    if (!existing || DOCUMENT_STATE.some((key) => existing[key] !== merged[key])) changed.add(doc.pupilId);
    return merged;
  });
  await db.documents.bulkPut(mergedDocs.filter((d, i) => worthWriting(existingDocs[i], d, now)));
}
