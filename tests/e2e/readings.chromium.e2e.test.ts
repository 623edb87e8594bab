import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { readTableInPage } from '../tools/extension-page';
import { errorsFromInsyn } from '../tools/page-errors';
import type { ChecklistRecord, DocumentRecord, PupilRecord, RiskRecord, VisitRecord } from '../../utils/db/records';
import { DECISION_TYPES } from '../../utils/domain/document-types';
import { driverPageOf } from './driver/chromium';

/**
 * Issue #3, done-when 4, in Chromium with the production build: what the content script reads on a page
 * reaches the background's database as risks, documents and decisions, as the page's expected.json says;
 * reading the same page again adds no rows.
 */
const ASSESSMENT = 'kunskapssammanstallning-5a-matematik';
const DECISIONS = 'atgardsprogram-lista';
const DECISION_KINDS = new Set<string>(DECISION_TYPES);
const SLOW = { timeout: 15_000, interval: 250 };

interface Expected {
  kind: string;
  context: { subject?: string; term?: string };
  atRisk: { pupil: string; subject: string }[];
  documents: { pupil: string; type: string; subject?: string; term?: string; status: string; published: boolean }[];
}
const expected = (name: string) => JSON.parse(readFileSync(`${FIXTURES_DIR}infomentor/${name}.expected.json`, 'utf8')) as Expected;
const nfc = (name: string) => name.normalize('NFC');

let server: FixtureServer;
let browser: ChromiumWithInsyn;
/** An extension page kept open to read the database from. */
let extension: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
  extension = await browser.context.newPage();
  await extension.goto(browser.extensionUrl('popup.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The background's tables, read from an extension page; pupils' names by id to compare with expected.json. */
async function readDatabase() {
  const [pupils, risks, documents, checklist] = await Promise.all([
    extension.evaluate(readTableInPage<PupilRecord>, { table: 'pupils' }),
    extension.evaluate(readTableInPage<RiskRecord>, { table: 'risks' }),
    extension.evaluate(readTableInPage<DocumentRecord>, { table: 'documents' }),
    extension.evaluate(readTableInPage<ChecklistRecord>, { table: 'checklist' }),
  ]);
  const names = new Map(pupils.map((p) => [p.id, nfc(p.name)]));
  return { pupils, risks, documents, checklist, nameOf: (id: string) => names.get(id) ?? `?${id}` };
}
const rowCounts = (db: Awaited<ReturnType<typeof readDatabase>>) => ({
  pupils: db.pupils.length,
  risks: db.risks.length,
  documents: db.documents.length,
  checklist: db.checklist.length,
});

const visitsOf = async (url: string) =>
  (await extension.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url })).length;

/** Opens the page and waits until the background has recorded its reading (the visit comes after the store). */
async function read(name: string, kind: string) {
  const url = server.url(`infomentor/${name}.html`);
  const before = await visitsOf(url);
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  const view = await driverPageOf(page, browser.extensionId);
  await page.goto(url);
  // The content script may read again when the page changes; one recorded reading is what we wait for.
  await expect.poll(() => visitsOf(url), SLOW).toBeGreaterThan(before);
  // The panel's root is closed: the driver reads it where the page cannot.
  expect(await view.attribute({ css: '[data-insyn-kind]', within: { css: 'insyn-panel' } }, 'data-insyn-kind')).toBe(kind);
  expect(errorsFromInsyn(errors)).toEqual([]);
  await page.close();
}

const byText = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();

describe('readings reach the background database (Chromium)', () => {
  it('the 5A maths assessment stores one open risk per pupil at risk and an omdöme per pupil; a second read adds nothing', async () => {
    const want = expected(ASSESSMENT);
    await read(ASSESSMENT, want.kind);
    const db = await readDatabase();

    expect(want.atRisk.length).toBeGreaterThan(0);
    expect(byText(db.risks.map((r) => [db.nameOf(r.pupilId), r.subject, r.term, r.status]))).toEqual(
      byText(want.atRisk.map((r) => [nfc(r.pupil), 'Matematik', 'Ht 2025', 'open'])),
    );
    expect(want.atRisk.every((r) => r.subject === want.context.subject && want.context.term === 'Ht 2025')).toBe(true);
    expect(db.risks.every((r) => r.id === `${r.pupilId}|${r.subject}|${r.term}` && r.evidence.length > 0)).toBe(true);

    const assessments = want.documents.filter((d) => d.type === 'written-assessment');
    expect(assessments.some((d) => d.published) && assessments.some((d) => !d.published)).toBe(true);
    expect(byText(db.documents.map((d) => [db.nameOf(d.pupilId), d.type, d.subject, d.term, d.status, d.published]))).toEqual(
      byText(assessments.map((d) => [nfc(d.pupil), d.type, d.subject, d.term, d.status, d.published])),
    );

    const counts = rowCounts(db);
    await read(ASSESSMENT, want.kind);
    expect(rowCounts(await readDatabase())).toEqual(counts);
  });

  it('the list of åtgärdsprogram stores its decisions with their types; a second read adds nothing', async () => {
    const want = expected(DECISIONS);
    await read(DECISIONS, want.kind);
    const db = await readDatabase();

    expect(want.documents.length).toBeGreaterThan(0);
    const decisions = db.documents.filter((d) => DECISION_KINDS.has(d.type));
    expect(byText(decisions.map((d) => [db.nameOf(d.pupilId), d.type, d.term, d.status, d.published]))).toEqual(
      byText(want.documents.map((d) => [nfc(d.pupil), d.type, d.term, d.status, d.published])),
    );
    expect(new Set(decisions.map((d) => d.type))).toEqual(new Set(want.documents.map((d) => d.type)));

    const counts = rowCounts(db);
    await read(DECISIONS, want.kind);
    expect(rowCounts(await readDatabase())).toEqual(counts);
  });
});
