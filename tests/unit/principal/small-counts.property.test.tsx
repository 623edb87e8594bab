import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { PrincipalView } from '@/components/principal/PrincipalView';
import { buildExport } from '@/utils/export/json';
import type { ExportTables } from '@/utils/export/schema';
import { COUNT_FIGURES, buildSchoolView } from '@/utils/principal/metrics';
import { itemsBehind, rowKey } from '@/utils/principal/small-counts';
import { riskSheet, viewSheet } from '@/utils/principal/view-sheets';
import { emptyTables } from '../../tools/empty-tables';

/**
 * Whatever the teachers' files hold, a pseudonymised school view never shows a count from 1 to 2 for a
 * group (in the sheets, on the page, or by listing the items of such a group).
 */
const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);
const DAYS = ['2025-11-03', '2025-11-07', '2025-11-12', '2025-11-20', '2025-12-01', '2025-12-08'];
const SUBJECTS = ['Matematik', 'Svenska', 'Engelska'];
const GROUPS = ['5A', '5B', '3B'];
const KINDS = ['written-assessment', 'iup-published', 'iup-posted', 'decision-sent-home'] as const;

const teacherFile = fc
  .record({
    teacher: fc.constantFrom('Lena', 'Ahmed', 'Sara'),
    exported: fc.constantFrom(...DAYS),
    pupils: fc.uniqueArray(fc.record({ n: fc.integer({ min: 1, max: 12 }), group: fc.constantFrom(...GROUPS) }), {
      selector: (p) => p.n,
      minLength: 1,
      maxLength: 10,
    }),
    risks: fc.array(fc.record({ p: fc.nat(), subject: fc.constantFrom(...SUBJECTS), day: fc.constantFrom(...DAYS) }), { maxLength: 14 }),
    contacts: fc.array(fc.record({ p: fc.nat(), subject: fc.constantFrom(...SUBJECTS), day: fc.constantFrom(...DAYS) }), { maxLength: 8 }),
    items: fc.array(fc.record({ p: fc.nat(), kind: fc.constantFrom(...KINDS), due: fc.constantFrom(...DAYS) }), { maxLength: 8 }),
  })
  .map(({ teacher, exported, pupils, risks, contacts, items }) => {
    const id = (p: number) => `im:${pupils[p % pupils.length]!.n}`;
    const tables: ExportTables = {
      ...emptyTables(),
      pupils: pupils.map((p) => ({
        id: `im:${p.n}`,
        name: `Elev ${p.n}`,
        group: p.group,
        firstSeen: at(DAYS[0]!),
        lastSeen: at(DAYS[0]!),
      })),
      risks: [...new Map(risks.map((r) => [`${id(r.p)}|${r.subject}`, r])).values()].map((r) => ({
        id: `${id(r.p)}|${r.subject}|Ht 2025`,
        pupilId: id(r.p),
        subject: r.subject,
        term: 'Ht 2025',
        source: 'assessment' as const,
        evidence: [],
        firstSeen: at(r.day),
        lastSeen: at(r.day),
        status: 'open' as const,
      })),
      contacts: contacts.map((c, i) => ({
        id: `c${i}`,
        pupilId: id(c.p),
        subjects: [c.subject],
        riskIds: [],
        at: at(c.day),
        channel: 'telefon' as const,
        withWhom: '',
        summary: '',
        outcome: 'nadd' as const,
        author: teacher,
        created: at(c.day),
        updated: at(c.day),
      })),
      checklist: items.map((item, i) => ({
        id: `${item.kind}|${i}`,
        pupilId: id(item.p),
        kind: item.kind,
        term: 'Ht 2025',
        due: item.due,
        status: 'open' as const,
      })),
    };
    return buildExport(tables, { teacher, school: 'Ängsskolan', appVersion: '1', exportedAt: at(exported) });
  });

const small = (value: unknown) => value === 1 || value === 2;

describe('pseudonymised school views never show a count under 3 for a group', () => {
  it('in the sheets, on the page and in the lists behind the figures', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(teacherFile, { selector: (f) => f.teacher, minLength: 1, maxLength: 3 }),
        fc.constantFrom(...DAYS, '2025-12-20'),
        (files, asOf) => {
          const view = buildSchoolView(files, { withinSchoolDays: 5, asOf, staleAfterDays: 14 });
          const sheet = viewSheet(view, true);
          // Columns 4 onwards are counts (and the share): none may be 1 or 2.
          for (const row of sheet.rows) expect(row.slice(4).filter(small)).toEqual([]);

          const codes = new Map(view.risks.map((r) => [r.pupilId, `Elev-${r.pupilId}`]));
          const listed = riskSheet(view, codes).rows;
          const pupilsByRow = new Map(view.rows.map((r) => [rowKey(r), r.pupilsAtRisk]));
          for (const line of listed) {
            const [teacher, , group, subject, term] = line as string[];
            expect(pupilsByRow.get(rowKey({ teacher: teacher!, group: group!, subject: subject!, term: term! }))).toBeGreaterThanOrEqual(3);
          }

          for (const figure of COUNT_FIGURES) {
            for (const place of [{}, ...view.teachers.map((r) => ({ teacher: r.teacher }))]) {
              const items = itemsBehind(view, place, figure, true);
              const perRow = new Map<string, number>();
              for (const item of items) perRow.set(rowKey(item), (perRow.get(rowKey(item)) ?? 0) + 1);
              for (const [key, n] of perRow) {
                const row = view.rows.find((r) => rowKey(r) === key)!;
                expect(row[figure]).toBeGreaterThanOrEqual(3);
                expect(n).toBeGreaterThan(0);
              }
            }
          }

          const { container, unmount } = render(<PrincipalView view={view} days={5} pseudonymised={true} />);
          for (const cell of container.querySelectorAll('td.num, .principal-figures .figure')) {
            expect(cell.textContent).not.toMatch(/^[12]$|\([12] av|av [12]\)/);
          }
          unmount();
        },
      ),
      { numRuns: 60, seed: 19 },
    );
  });
});
