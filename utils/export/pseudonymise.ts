import type { ExportTables } from './schema';

/**
 * Pseudonyms for exports that leave the school: each pupil becomes a code such as "Elev-7F3A2C", the same
 * code every time for the same pupil and key (so a principal can follow a code from term to term), and
 * no way back without the key, which never leaves this browser in such a file. Free text that may name a
 * pupil or a guardian (evidence read from pages, contact summaries, with whom, reasons, notes, the
 * interpreter's language) is left out altogether, and so are the teacher's templates, page recipes and
 * settings: a template or a recipe made on a pupil's page may carry a name or an InfoMentor id.
 */
export type PupilCodes = ReadonlyMap<string, string>;

/** The settings row holding this browser's key; never part of a pseudonymised file. */
export const PSEUDONYM_KEY_SETTING = 'export.pseudonymKey';

const CODE_PREFIX = 'Elev-';
const CODE_HEX = 6;

/** HMAC-SHA-256 of each pupil id under the key; the shortest unique prefix from 6 hex digits up. */
export async function pupilCodes(pupilIds: Iterable<string>, key: string): Promise<PupilCodes> {
  const encoder = new TextEncoder();
  const hmacKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const ids = [...new Set(pupilIds)].sort();
  const digests = await Promise.all(ids.map(async (id) => hex(await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(id)))));
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  ids.forEach((id, index) => {
    const digest = digests[index]!;
    let length = CODE_HEX;
    while (taken.has(digest.slice(0, length)) && length < digest.length) length++;
    const code = digest.slice(0, length);
    taken.add(code);
    codes.set(id, CODE_PREFIX + code);
  });
  return codes;
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** A fresh random key, for a teacher or principal who has none yet. */
export function newPseudonymKey(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)).buffer);
}

/** Every pupil id a set of tables mentions. */
export function pupilIdsOf(tables: ExportTables): Set<string> {
  const ids = new Set<string>(tables.pupils.map((p) => p.id));
  const rows = [...tables.risks, ...tables.documents, ...tables.contacts, ...tables.checklist, ...tables.adaptations, ...tables.referrals];
  for (const row of rows) ids.add(row.pupilId);
  return ids;
}

/**
 * Replaces pupil ids inside a composite id (`<pupilId>|Matematik|Ht 2025`, `iup-posted|<pupilId>|Ht 2025`).
 * Pupil ids may themselves contain `|` (`name:berg, alva|5a`), so at each part the longest run of parts
 * that is a known pupil id wins.
 */
const MAX_ID_PARTS = 4;

function rewriteId(id: string, codes: PupilCodes): string {
  const whole = codes.get(id);
  if (whole) return whole;
  const parts = id.split('|');
  const out: string[] = [];
  for (let i = 0; i < parts.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_ID_PARTS, parts.length - i); n >= 1 && !matched; n--) {
      const code = codes.get(parts.slice(i, i + n).join('|'));
      if (code) {
        out.push(code);
        matched = n;
      }
    }
    if (!matched) out.push(parts[i]!);
    i += matched || 1;
  }
  return out.join('|');
}

/**
 * The same tables with pupils replaced by their codes and free text about pupils removed. Pure. With
 * `only`, just those pupils' rows change (pupils with protected personal data in a named export), and
 * the file keeps the key: it is still the teacher's own.
 */
export function pseudonymiseTables(tables: ExportTables, codes: PupilCodes, only?: ReadonlySet<string>): ExportTables {
  const code = (id: string) => rewriteId(id, codes);
  const touch = (pupilId: string) => !only || only.has(pupilId);
  const each = <T extends { pupilId: string }>(rows: T[], change: (row: T) => T) =>
    rows.map((row) => (touch(row.pupilId) ? change(row) : row));
  return {
    // The interpreter's language is the teacher's free text.
    pupils: tables.pupils.map(({ interpreter, ...p }) =>
      touch(p.id) ? { ...p, id: code(p.id), name: code(p.id) } : { ...p, ...(interpreter !== undefined && { interpreter }) },
    ),
    // A page's address may carry InfoMentor's pupil id (/#/elev/5200/iup): left out like free text.
    risks: each(tables.risks, ({ statusReason: _reason, page: _page, ...r }) => ({
      ...r,
      id: code(r.id),
      pupilId: code(r.pupilId),
      evidence: [],
    })),
    documents: each(tables.documents, ({ page: _page, ...d }) => ({ ...d, id: code(d.id), pupilId: code(d.pupilId) })),
    contacts: each(tables.contacts, (c) => ({
      ...c,
      id: code(c.id),
      pupilId: code(c.pupilId),
      riskIds: c.riskIds.map(code),
      withWhom: '',
      summary: '',
    })),
    checklist: each(tables.checklist, ({ page: _page, ...i }) => ({ ...i, id: code(i.id), pupilId: code(i.pupilId) })),
    templates: only ? tables.templates : [],
    recipes: only ? tables.recipes : [],
    settings: only ? tables.settings : [],
    events: tables.events.map((e) => (e.subject === undefined ? e : only ? { ...e, subject: code(e.subject) } : codedEvent(e, code))),
    adaptations: each(tables.adaptations, ({ note: _note, ...a }) => ({ ...a, pupilId: code(a.pupilId) })),
    referrals: each(tables.referrals, (r) => ({ ...r, pupilId: code(r.pupilId) })),
  };
}

/**
 * An event's subject under codes. A subject about a pupil no longer in the tables (a risk that retention
 * deleted, whose pupil went too) has no code to take: it would keep the name, so it goes.
 */
function codedEvent<E extends { subject?: string }>(event: E, code: (id: string) => string): E {
  const subject = code(event.subject!);
  if (!PUPIL_ID_PART.test(subject)) return { ...event, subject };
  const { subject: _gone, ...rest } = event;
  return rest as E;
}

/** A part of a composite id that is a pupil id of Insyn (pupil-ids.ts): `im:…` or `name:…`. */
const PUPIL_ID_PART = /(^|\|)(im|name):/;

/** Pupils marked "skyddade personuppgifter": never named in any export, pseudonymised or not. */
export function protectedPupilIds(tables: ExportTables): Set<string> {
  return new Set(tables.pupils.filter((p) => p.protectedData).map((p) => p.id));
}
