import { nameKey, pageIdOf, pupilIdFor } from '../db/pupil-ids';
import type { PupilRecord } from '../db/records';

/**
 * Where a pupil shows in Insyn's rows, for erasure (docs/privacy.md, *How to erase*). Pure. A pupil is
 * known by her id and by her normalised name: the same pupil may have a second row from a page that gave
 * no InfoMentor id or no group (a list of decisions), `name:berg, alva|` beside `im:4901`.
 */
export interface PupilTraces {
  /** Every pupil id that is her: her own, her rows by name (with and without her group), duplicates. */
  ids: ReadonlySet<string>;
  /** Whether a text (an address, a recipe, a template) names her or carries her InfoMentor id. */
  mentions: (text: string) => boolean;
}

/**
 * `self` is her row where the erasure was asked (absent: only the id is known); `among` the pupils of
 * the tables searched. A duplicate has her name and her group, or no group at all.
 */
export function pupilTraces(pupilId: string, self: PupilRecord | undefined, among: readonly PupilRecord[]): PupilTraces {
  const ids = new Set([pupilId]);
  const names: string[] = [];
  if (self) {
    const key = nameKey(self.name);
    const group = self.group ? nameKey(self.group) : '';
    ids.add(pupilIdFor(self.name, undefined, undefined));
    if (self.group) ids.add(pupilIdFor(self.name, undefined, self.group));
    for (const p of among) if (nameKey(p.name) === key && (!p.group || (group !== '' && nameKey(p.group) === group))) ids.add(p.id);
    names.push(...nameForms(self.name));
  }
  const pageIds = [...ids].flatMap((id) => pageIdOf(id) ?? []);
  const tokens = [...names, ...pageIds].filter((w) => w.length > 0).map(wholeWord);
  const mentions = (text: string) => tokens.length > 0 && [text, decoded(text)].some((t) => tokens.some((token) => token.test(t)));
  return { ids, mentions };
}

/** "Berg, Alva" as pages and letters write it: that way and "Alva Berg". */
function nameForms(name: string): string[] {
  const [last, first] = nameKey(name).split(/,\s*/);
  return first ? [nameKey(name), `${first} ${last}`] : [nameKey(name)];
}

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Tables by name, as an export holds them (utils/export/schema.ts): pupils, rows with a pupilId, … */
type Tables = Record<string, readonly object[]>;

/**
 * The tables without every row about her: rows of her ids, templates and page recipes that name her,
 * and events about any of these. Events name rows by id: a risk's, document's or checklist item's id
 * holds the pupil's id, so events about rows retention deleted earlier are found too.
 */
export function withoutPupil<T extends Tables>(tables: T, traces: PupilTraces): { kept: T; removed: T } {
  const kept: Record<string, object[]> = {};
  const removed: Record<string, object[]> = {};
  const named = new Set<string>(traces.ids);
  const names = Object.keys(tables);
  for (const name of [...names.filter((n) => n !== 'events'), ...names.filter((n) => n === 'events')]) {
    const about = aboutHer(name, traces, named);
    kept[name] = tables[name]!.filter((row) => !about(row));
    removed[name] = tables[name]!.filter(about);
    for (const row of removed[name]) if ('id' in row && typeof row.id === 'string') named.add(row.id);
  }
  // Each table keeps its own row type: rows are only filtered.
  return { kept: kept as unknown as T, removed: removed as unknown as T };
}

/** Whether a row of a table is about her; `named` holds the ids of her rows found so far, for events. */
function aboutHer(table: string, traces: PupilTraces, named: ReadonlySet<string>): (row: object) => boolean {
  const field = (row: object, key: string) => (row as Record<string, unknown>)[key];
  switch (table) {
    case 'pupils':
      return (row) => traces.ids.has(String(field(row, 'id')));
    case 'events':
      return (row) => typeof field(row, 'subject') === 'string' && namesAny(String(field(row, 'subject')), named, traces.ids);
    case 'templates':
    case 'recipes':
      return (row) => traces.mentions(JSON.stringify(row));
    case 'settings':
      return () => false;
    default:
      return (row) => traces.ids.has(String(field(row, 'pupilId')));
  }
}

/** Checklist ids are `<kind>|<risk or document id>|…`: they name the pupil after the first part. */
function namesAny(subject: string, rowIds: ReadonlySet<string>, pupilIds: ReadonlySet<string>): boolean {
  if (rowIds.has(subject)) return true;
  const rest = subject.slice(subject.indexOf('|') + 1);
  return [...pupilIds].some((id) => subject.startsWith(`${id}|`) || rest.startsWith(`${id}|`));
}
