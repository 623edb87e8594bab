import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toContract } from '@/utils/infomentor/analysis';
import { analysePage } from '@/utils/infomentor/analyse';
import { fold, foldHeader, headerRole } from '@/utils/infomentor/vocabulary';
import { isKnownWord } from '@/utils/sample/known-words';
import { makeSample } from '@/utils/sample/make-sample';
import { FIXTURE_URL, fixturePages, parseHtml } from '../infomentor/contract';

/**
 * On every saved page: pupil names, comments and ids replaced by random ones (one of them hostile, with
 * markup characters), the sample holds none of them — neither as written nor case-folded — and reads
 * as the page reads: same kind, same counts.
 */

const DIRS = ['tests/fixtures/infomentor', 'tests/fixtures/own', 'tests/fixtures/hub'].filter((dir) => existsSync(dir));
const PAGES = DIRS.flatMap((dir) => fixturePages(dir).map((page) => ({ ...page, dir })));
const SEED = 20261201;

// Random names are made of these: no x (placeholders are x-es), Swedish and accented letters included.
const syllable = fc.constantFrom(
  'ber',
  'gl',
  'und',
  'al',
  'vi',
  'ka',
  'ös',
  'tr',
  'öm',
  'ha',
  'ns',
  'én',
  'li',
  'sa',
  'mo',
  'ård',
  'ny',
  'qu',
  'ze',
  'pi',
  'ck',
  'ja',
  'ro',
  'th',
  'äl',
  'we',
  'do',
  'fi',
);
const word = fc
  .array(syllable, { minLength: 2, maxLength: 4 })
  .map((parts) => parts.join(''))
  .filter((text) => text.length >= 4 && !isKnownWord(text));
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const name = fc.tuple(word, word).map(([last, first]) => `${capital(last)}, ${capital(first)}`);
const HOSTILE = `Öberg<script>alert("Qwå")</script>, Zäta"&'<img src=q onerror=alert(1)>`;
const comment = fc.array(word, { minLength: 3, maxLength: 8 }).map((words) => `${capital(words.join(' '))}.`);
const id = fc.oneof(
  fc.integer({ min: 100_000, max: 99_999_999 }).map(String),
  fc.uuid(),
  fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 100_000, max: 999_999 }))
    .map(([school, pupil]) => `${school}|${pupil}|NEMANDI_SKOLI`),
);

interface Injected {
  names: string[];
  comments: string[];
  ids: string[];
}

/** Replaces the page's pupil names, ids and free texts with the given ones, in place. */
function inject(document: Document, pageNames: string[], { names, comments, ids }: Injected): void {
  // Names as the reader compares them (NFC, one space, no space before a comma), wherever a text holds one.
  const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').replace(/ ,/g, ',');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const value = tidy(text.data);
    const index = pageNames.findIndex((pupil) => value.includes(pupil));
    if (index >= 0) text.data = value.replace(pageNames[index] as string, names[index] as string);
  }
  const idOf = new Map<string, string>();
  const nextId = (old: string) => idOf.get(old) ?? (idOf.set(old, ids[idOf.size % ids.length] as string), idOf.get(old) as string);
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (/^data-.*id$/i.test(attribute.name) || (element.getAttribute('type') === 'hidden' && attribute.name === 'value'))
        element.setAttribute(attribute.name, nextId(attribute.value));
    }
  }
  // Comments where the page has them (its comment columns), some saying the pupil is at risk.
  for (const table of document.querySelectorAll('table')) {
    const headers = [...(table.querySelector('tr')?.cells ?? [])];
    const column = headers.findIndex((cell) => headerRole(foldHeader(cell.textContent ?? '')) === 'comment');
    if (column < 0) continue;
    [...table.querySelectorAll('tr')].slice(1).forEach((row, index) => {
      const cell = row.cells[column];
      if (cell && cell.firstElementChild === null)
        cell.textContent = `${comments[index % comments.length]}${index % 3 === 0 ? ' Riskerar att inte nå godtagbara kunskaper.' : ''}`;
    });
  }
  // Free text where readers never look: a note under the page, row tooltips, a link with ids and a name.
  const note = document.createElement('p');
  note.textContent = comments.join(' ');
  const link = document.createElement('a');
  link.href = `/Elev/${ids[0]}/Visa?pupilId=${encodeURIComponent(ids[1] ?? '')}&namn=${encodeURIComponent(names.at(-1) ?? '')}`;
  link.textContent = names.at(-1) ?? '';
  note.append(link);
  document.body.append(note);
  document.querySelectorAll('tr').forEach((row, index) => row.setAttribute('title', comments[index % comments.length] as string));
}

/** Whether any injected text survives in the sample, as written or folded, whole or word by word. */
function survivors(sample: string, { names, comments, ids }: Injected): string[] {
  const folded = fold(sample);
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  const whole = [...names, ...comments, ...ids].filter((text) => sample.includes(text) || folded.includes(fold(text)));
  // The hostile name's parts include "script" and "img", which the sample holds as tags: checked apart.
  const parts = [...names.filter((text) => text !== HOSTILE), ...comments]
    .flatMap((text) => fold(text).split(/[^\p{L}\p{N}]+/u))
    .filter((part) => part.length >= 3 && words.has(part));
  return [...whole, ...parts];
}

/** What a sample must read as the page does: kind, counts, the term, and each document's type, state and term. */
const counts = (contract: ReturnType<typeof toContract>) => ({
  kind: contract.kind,
  pupils: contract.pupils,
  atRisk: contract.atRisk.length,
  documents: contract.documents.length,
  term: contract.context.term,
  states: contract.documents.map((d) => `${d.type} ${d.status} ${d.published} ${d.term ?? ''}`).sort(),
});

describe.each(PAGES.map((page) => [`${page.dir}/${page.name}`, page] as const))('the sample of %s', (_title, page) => {
  const pageNames = [...new Set(analysePage(parseHtml(page.html), FIXTURE_URL).pupils.map((pupil) => pupil.name.normalize('NFC')))];

  it('holds none of its pupils’ names, comments or ids and reads as the page reads', () => {
    const injected = fc.record({
      // One name per pupil and one more for the link; the last pupil's name is the hostile one.
      names: fc
        .uniqueArray(name, { minLength: pageNames.length + 1, maxLength: pageNames.length + 1 })
        .map((list) => (pageNames.length > 0 ? list.with(pageNames.length - 1, HOSTILE) : list)),
      comments: fc.array(comment, { minLength: 1, maxLength: 4 }),
      ids: fc.uniqueArray(id, { minLength: 2, maxLength: 40 }),
    });
    fc.assert(
      fc.property(injected, (chosen) => {
        const document = parseHtml(page.html);
        inject(document, pageNames, chosen);
        // The page really holds them before the sample is made.
        for (const text of [...chosen.names, ...chosen.comments]) expect(document.body.textContent).toContain(text);
        const read = counts(toContract(analysePage(document, FIXTURE_URL)));
        const sample = makeSample(document, FIXTURE_URL);
        expect(survivors(sample, chosen)).toEqual([]);
        // The hostile name's markup is text: its words and its attributes are gone, not written as markup.
        for (const piece of ['Öberg', 'Qwå', 'onerror', 'Zäta', 'alert']) expect(fold(sample)).not.toContain(fold(piece));
        expect(counts(toContract(analysePage(parseHtml(sample), FIXTURE_URL)))).toEqual(read);
        if (pageNames.length > 0) expect(read.pupils).toBeGreaterThan(0);
      }),
      { numRuns: 6, seed: SEED },
    );
  });
});
