import { InsynDatabase } from '@/utils/db/database';
import type { PageAnalysis } from '@/utils/infomentor/analysis';

let counter = 0;

/** A database of its own for each test (fake-indexeddb). */
export function freshDb(): InsynDatabase {
  counter += 1;
  return new InsynDatabase(`insyn-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Local time, like the extension uses. */
export const at = (iso: string) => new Date(`${iso}T10:00:00`).getTime();

/** A 5A maths page in Ht 2025 with two pupils at risk and their written assessments. */
export function mathsPage(overrides: Partial<PageAnalysis> = {}): PageAnalysis {
  return {
    kind: 'group-assessment',
    context: { group: '5A', subject: 'Matematik', term: 'Ht 2025' },
    pupils: [{ name: 'Andersson, Alva' }, { name: 'Berg, Elias' }, { name: 'Carlsson, Maja' }],
    atRisk: [
      { pupil: 'Andersson, Alva', subject: 'Matematik', source: 'assessment', reasons: ['Ämnesomdöme: otillräckliga kunskaper'] },
      { pupil: 'Carlsson, Maja', subject: 'Matematik', source: 'comment', reasons: ['Kommentar: riskerar att inte nå'] },
    ],
    documents: [
      { pupil: 'Andersson, Alva', type: 'written-assessment', subject: 'Matematik', term: 'Ht 2025', status: 'complete', published: false },
      { pupil: 'Berg, Elias', type: 'written-assessment', subject: 'Matematik', term: 'Ht 2025', status: 'complete', published: true },
      {
        pupil: 'Carlsson, Maja',
        type: 'written-assessment',
        subject: 'Matematik',
        term: 'Ht 2025',
        status: 'in-progress',
        published: false,
      },
    ],
    ...overrides,
  };
}

export const ALVA = 'name:andersson, alva|5a';
export const ALVA_RISK = `${ALVA}|Matematik|Ht 2025`;
export const MAJA = 'name:carlsson, maja|5a';
export const MAJA_RISK = `${MAJA}|Matematik|Ht 2025`;
