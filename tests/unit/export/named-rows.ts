import { pupilIdFor } from '@/utils/db/pupil-ids';
import type { ExportTables } from '@/utils/export/schema';

/**
 * Tables in which every field that can hold a pupil's name or InfoMentor id holds it: names, free text,
 * page addresses, templates, recipes, settings and event subjects. For the tests that look for a pupil
 * where she must not be (pseudonymised files, erasure).
 */
export interface NamedPupil {
  first: string;
  last: string;
  /** InfoMentor's id, when the page gave one. */
  pageId?: number;
  group?: string;
}

export const T = Date.parse('2025-11-05T09:00:00Z');
const TERM = 'Ht 2025';

export const idOf = (p: NamedPupil) => pupilIdFor(`${p.last}, ${p.first}`, p.pageId === undefined ? undefined : String(p.pageId), p.group);

const pageOf = (p: NamedPupil, n: number) =>
  `https://skola.infomentor.se/elev/${p.pageId ?? `${p.last}-${n}`}/omdome?elev=${p.first}#/${p.last}`;

export function namedTables(pupils: readonly NamedPupil[], gone: readonly NamedPupil[] = []): ExportTables {
  const tables: ExportTables = {
    pupils: [],
    risks: [],
    documents: [],
    contacts: [],
    checklist: [],
    templates: [],
    recipes: [],
    settings: [
      { key: 'settings', value: { teacherName: 'Lena Lärare', school: 'Ängsskolan', note: pupils.map((p) => p.first).join(' ') } },
    ],
    events: [],
    adaptations: [],
    referrals: [],
  };
  pupils.forEach((p, n) => addPupil(tables, p, n));
  // A pupil whose rows retention deleted while events about them stayed.
  gone.forEach((p) =>
    tables.events.push({ id: tables.events.length + 1, at: T, action: 'risk/dismiss', subject: `${idOf(p)}|Svenska|${TERM}` }),
  );
  return tables;
}

function addPupil(tables: ExportTables, p: NamedPupil, n: number): void {
  const id = idOf(p);
  const riskId = `${id}|Matematik|${TERM}`;
  const page = pageOf(p, n);
  const when = { created: T, updated: T };
  tables.pupils.push({
    id,
    name: `${p.last}, ${p.first}`,
    ...(p.group && { group: p.group }),
    interpreter: p.first,
    firstSeen: T,
    lastSeen: T,
  });
  tables.risks.push({
    ...{
      id: riskId,
      pupilId: id,
      subject: 'Matematik',
      term: TERM,
      source: 'assessment',
      evidence: [`${p.first} ${p.last}: otillräckliga`],
    },
    ...{ firstSeen: T, lastSeen: T, status: 'dismissed', statusReason: `${p.first} flyttar`, page },
  });
  tables.documents.push({
    id: `${id}|iup||${TERM}`,
    pupilId: id,
    type: 'iup',
    term: TERM,
    status: 'complete',
    published: true,
    page,
    firstSeen: T,
    lastSeen: T,
  });
  tables.contacts.push({
    ...{ id: `c-${n}`, pupilId: id, subjects: ['Matematik'], riskIds: [riskId], at: T, channel: 'telefon' },
    ...{ withWhom: `${p.last} (vårdnadshavare)`, summary: `Pratade om ${p.first}`, outcome: 'nadd', author: 'Lena Lärare', ...when },
  });
  tables.checklist.push({
    id: `guardian-contact|${riskId}`,
    pupilId: id,
    kind: 'guardian-contact',
    term: TERM,
    subject: 'Matematik',
    due: '2025-11-12',
    status: 'open',
    page,
  });
  tables.adaptations.push({
    ...{ id: `a-${n}`, pupilId: id, subject: 'Matematik', what: 'extra genomgång', note: `${p.first} behöver lugn` },
    ...{ from: '2025-11-06', evaluationDue: '2025-12-04', by: 'Lena Lärare', ...when },
  });
  tables.referrals.push({ id: `ref-${n}`, pupilId: id, subjects: ['Matematik'], madeOn: '2025-11-10', by: 'Lena Lärare', ...when });
  tables.templates.push({
    id: `t-${n}`,
    name: `Till ${p.first} ${p.last}`,
    lang: 'sv',
    subject: `Om ${p.first} ${p.last}`,
    body: `Hej! Det gäller ${p.last}, ${p.first}.`,
    builtIn: false,
  });
  const recipe = {
    ...{ version: 1, id: `r${n}`, name: `${p.first}s sida`, kind: 'pupil-assessment', columns: { subject: 'Ämne', level: 'Nivå' } },
    match: { host: 'skola.infomentor.se', path: `/elev/${p.pageId ?? p.last}/*`, heading: `${p.first} ${p.last}` },
  };
  tables.recipes.push({ id: `r${n}`, name: recipe.name, recipe, created: T });
  const event = (action: string, subject: string) => tables.events.push({ id: tables.events.length + 1, at: T, action, subject });
  event('risk/new', riskId);
  event('contact/log', `c-${n}`);
  event('pupil/facts', id);
  event('checklist/confirm', `guardian-contact|${riskId}`);
}
