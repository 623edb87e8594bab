import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSample } from '@/utils/sample/make-sample';
import { sampleAddress } from '@/utils/sample/sample-file';
import { analyzeFile } from '../../tools/analyze';
import { FIXTURE_URL, parseHtml } from '../infomentor/contract';

/** `npm run analyze` reads a saved sample exactly as it reads a saved page: same kind, same counts. */
const dir = mkdtempSync(join(tmpdir(), 'insyn-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const counts = (contract: Awaited<ReturnType<typeof analyzeFile>>) => ({
  kind: contract.kind,
  pupils: contract.pupils,
  atRisk: contract.atRisk.length,
  documents: contract.documents.length,
});

function saveSample(fixture: string, url: string): { page: string; sample: string } {
  const page = join('tests/fixtures/infomentor', fixture);
  const sample = join(dir, fixture);
  writeFileSync(sample, makeSample(parseHtml(readFileSync(page, 'utf8')), url));
  return { page, sample };
}

describe('npm run analyze on a sample', () => {
  it.each(['kunskapssammanstallning-5a-matematik.html', 'amnesomdome-elev-3b.html', 'iup-lista-2a.html'])(
    'reads the sample of %s as it reads the page',
    async (fixture) => {
      const { page, sample } = saveSample(fixture, FIXTURE_URL);
      const read = counts(await analyzeFile(page));
      expect(read.pupils).toBeGreaterThan(0);
      expect(counts(await analyzeFile(sample))).toEqual(read);
    },
  );

  it('is the command itself, given the address the sample records', () => {
    const url = 'https://skola.infomentor.se/#/bedomning/kunskapssammanstallning/5A?grupp=4711';
    const { page, sample } = saveSample('kunskapssammanstallning-5a-matematik.html', url);
    const address = sampleAddress(readFileSync(sample, 'utf8'));
    expect(address).toBe('https://skola.infomentor.se/#/bedomning/kunskapssammanstallning/0X?grupp=0000');
    const run = (file: string, at: string) =>
      JSON.parse(execFileSync('npx', ['tsx', 'tests/tools/analyze.ts', file, '--url', at], { encoding: 'utf8' })) as Awaited<
        ReturnType<typeof analyzeFile>
      >;
    expect(counts(run(sample, address as string))).toEqual(counts(run(page, url)));
  });
});
