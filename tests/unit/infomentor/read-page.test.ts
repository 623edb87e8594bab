import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageAnalysisSchema } from '@/utils/infomentor/analysis';
import { analysePage, readPage } from '@/utils/infomentor/analyse';
import { MAX_DOCUMENTS, MAX_ROWS } from '@/utils/infomentor/limits';
import { DEFAULT_RISK_RULES } from '@/utils/domain/risk-rules';
import { FIXTURE_URL, parseHtml } from './contract';

const page = (path: string) => parseHtml(readFileSync(`tests/fixtures/${path}.html`, 'utf8'));

describe('rowOf', () => {
  it('gives the row of a pupil, for a badge beside the name', () => {
    const { analysis, rowOf } = readPage(page('infomentor/kunskapssammanstallning-5a-matematik'), FIXTURE_URL);
    const risk = analysis.atRisk.find((r) => r.pupil === 'Olsson, Nils');
    const row = rowOf('Olsson, Nils', risk?.pupilId);
    expect(row?.localName).toBe('tr');
    expect(row?.textContent).toContain('Olsson, Nils');
    expect(rowOf('Olsson,   Nils ')).toBe(row);
    expect(rowOf('Nobody, Here')).toBeUndefined();
  });

  it('tells two pupils with one name apart by id', () => {
    const { rowOf } = readPage(page('infomentor/kunskapssammanstallning-fientliga-namn'), FIXTURE_URL);
    expect(rowOf('Nilsson, Emma', '4906')?.getAttribute('data-pupil-id')).toBe('4906');
    expect(rowOf('Nilsson, Emma', '4905')?.getAttribute('data-pupil-id')).toBe('4905');
  });

  it('gives the heading or "Elev:" line on a one-pupil page and the card on a card page', () => {
    expect(readPage(page('infomentor/amnesomdome-elev-3b'), FIXTURE_URL).rowOf('Holm, Selma')?.localName).toBe('h1');
    expect(readPage(page('own/kort-med-dl'), FIXTURE_URL).rowOf('Mattsson, Bo', 'p72')?.localName).toBe('article');
    const line = readPage(page('own/elevsida-aria-radio'), FIXTURE_URL).rowOf('Lindgren, Vilda');
    expect(line?.localName).toBe('p');
    expect(line?.textContent).toContain('Lindgren');
  });

  it('finds nothing on a page it does not know', () => {
    const { analysis, rowOf } = readPage(page('infomentor/startsida'), FIXTURE_URL);
    expect(analysis.kind).toBe('unknown');
    expect(rowOf('Lärare, Lena')).toBeUndefined();
  });
});

describe('analysePage', () => {
  it('applies the rules it is given', () => {
    const document = page('infomentor/betyg-8c-engelska-im1');
    const all = analysePage(document, FIXTURE_URL).atRisk.map((r) => r.pupil);
    const dashOnly = analysePage(document, FIXTURE_URL, { ...DEFAULT_RISK_RULES, gradeF: false }).atRisk.map((r) => r.pupil);
    expect(all).toEqual(['Andersson, Selma', 'Nguyen, Alma', 'Sandberg, Hugo']);
    expect(dashOnly).toEqual(['Sandberg, Hugo']);
  });

  it('reads part of a page as well as the whole document', () => {
    const document = page('infomentor/iup-lista-2a');
    const main = document.querySelector('main') as Element;
    const analysis = analysePage(main, FIXTURE_URL);
    expect(analysis.kind).toBe('iup-list');
    expect(analysis.pupils).toHaveLength(22);
  });

  it('carries source and term on every risk', () => {
    const analysis = analysePage(page('infomentor/kunskapssammanstallning-5a-matematik'), FIXTURE_URL);
    expect(analysis.atRisk.map((r) => [r.pupil, r.source, r.term])).toEqual([
      ['Carlsson, Maja', 'assessment', 'Ht 2025'],
      ['Lund, Ella', 'assessment', 'Ht 2025'],
      ['Olsson, Nils', 'comment', 'Ht 2025'],
      ['Sandberg, Saga', 'assessment', 'Ht 2025'],
    ]);
    expect(analysis.pupils.find((p) => p.name === 'Olsson, Nils')?.id).toBe('4112');
  });

  it('gives a decision its date', () => {
    const analysis = analysePage(page('infomentor/atgardsprogram-lista'), FIXTURE_URL);
    expect(analysis.documents.find((d) => d.pupil === 'Nguyen, Ines')?.decided).toBe('2025-03-12');
  });

  it('answers unknown instead of throwing when the page misbehaves', () => {
    const hostile = {
      querySelectorAll() {
        throw new Error('boom');
      },
      querySelector() {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(analysePage(hostile, FIXTURE_URL)).toEqual({ kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] });
    expect(readPage(hostile, 'not a url').rowOf('x')).toBeUndefined();
  });
});

describe('bounds', () => {
  it('match the schema: a reading at the bounds passes, one past them does not', () => {
    const pupils = Array.from({ length: MAX_ROWS }, (_, i) => ({ name: `Elev ${i}` }));
    const base = { kind: 'group-assessment', context: {}, atRisk: [], documents: [] };
    expect(PageAnalysisSchema.safeParse({ ...base, pupils }).success).toBe(true);
    expect(PageAnalysisSchema.safeParse({ ...base, pupils: [...pupils, { name: 'En till' }] }).success).toBe(false);
    const document = { pupil: 'A', type: 'iup', status: 'complete', published: false };
    expect(PageAnalysisSchema.safeParse({ ...base, pupils: [], documents: Array(MAX_DOCUMENTS).fill(document) }).success).toBe(true);
    expect(PageAnalysisSchema.safeParse({ ...base, pupils: [], documents: Array(MAX_DOCUMENTS + 1).fill(document) }).success).toBe(false);
  });
});

describe('the reading path stays small', () => {
  /** Follows runtime imports (not `import type`) from analyse.ts: none may load zod into the content script. */
  it('never imports zod at runtime', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)) {
        const target = match[1] as string;
        if (target === 'zod' || target.startsWith('zod/')) offenders.push(file);
        else if (target.startsWith('.')) visit(resolve(dirname(file), `${target}.ts`));
      }
    };
    visit(resolve('utils/infomentor/analyse.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
    expect([...seen].map((f) => join(f)).some((f) => f.endsWith('analysis.ts'))).toBe(false);
  });
});

describe('what is sent to the background', () => {
  it('is plain data that survives structured cloning (no page elements in it)', () => {
    for (const name of ['infomentor/kunskapssammanstallning-5a-matematik', 'infomentor/amnesomdome-elev-3b', 'own/kort-med-dl']) {
      const analysis = analysePage(page(name), FIXTURE_URL);
      expect(analysis.pupils.length).toBeGreaterThan(0);
      expect(structuredClone(analysis)).toEqual(analysis);
      expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    }
  });
});
