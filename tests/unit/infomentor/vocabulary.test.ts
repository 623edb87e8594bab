import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contextLabel,
  findRiskPhrase,
  fold,
  foldHeader,
  headerRole,
  isSubjectName,
  levelOfHeader,
  parseDocumentStatus,
  parseDocumentType,
  parseGrade,
  parseLevel,
  parseMark,
  parsePublished,
} from '@/utils/infomentor/vocabulary';

describe('fold', () => {
  it('equals the plain definition (NFD, marks removed, lower case, white space collapsed) on any text', () => {
    const reference = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => fold(text) === reference(text)),
      { numRuns: 500 },
    );
    for (let code = 0; code < 0x3000; code++) {
      const text = `Ab${String.fromCharCode(code)}Ö é`;
      expect(fold(text)).toBe(reference(text));
    }
  });

  it('ignores case, accents and white space', () => {
    expect(fold('  ÄMNESOMDÖME \n')).toBe('amnesomdome');
    expect(fold('Ämnes\u00a0 omdöme')).toBe('amnes omdome');
    expect(fold('Mer  än\tgodtagbara')).toBe(fold('mer an godtagbara'));
    expect(fold('Nǵuyen')).toBe(fold('Ng\u0301uyen'));
  });
});

describe('levels', () => {
  it.each([
    ['Otillräckliga kunskaper', 'insufficient', 'Lgr22'],
    ['OTILLRACKLIGA KUNSKAPER', 'insufficient', 'Lgr22'],
    ['Godtagbara kunskaper', 'acceptable', 'Lgr22'],
    ['Mer än godtagbara kunskaper', 'more-than-acceptable', 'Lgr22'],
    ['Insufficient knowledge', 'insufficient', 'Lgr22'],
    ['More than acceptable knowledge', 'more-than-acceptable', 'Lgr22'],
    ['Ej uppnått', 'insufficient', 'Lgr11'],
    ['E', 'acceptable', 'Lgr11'],
    ['C', 'more-than-acceptable', 'Lgr11'],
    ['a', 'more-than-acceptable', 'Lgr11'],
  ])('reads %s', (text, level, curriculum) => {
    expect(parseLevel(text)).toEqual({ level, curriculum });
  });

  it('does not take other words for levels', () => {
    for (const text of ['', 'Ej bedömd', 'Godtagbar närvaro?', 'F', 'Publicerad']) expect(parseLevel(text)).toBeUndefined();
  });

  it('names a level column only by its exact header', () => {
    expect(levelOfHeader(foldHeader('Godtagbara kunskaper'))?.level).toBe('acceptable');
    expect(levelOfHeader(foldHeader('Ämnesomdöme'))).toBeUndefined();
  });
});

describe('grades', () => {
  it.each([
    ['F', 'F'],
    [' b ', 'B'],
    ['-', '–'],
    ['–', '–'],
    ['—', '–'],
    ['Streck', '–'],
    ['Betyg: F', 'F'],
    ['Terminsbetyg E', 'E'],
    ['Grade: -', '–'],
  ])('reads %j as %s', (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  it('finds no grade in empty cells or other words', () => {
    for (const text of ['', '\u00a0', 'G', 'Fysik', 'AB', 'Betyg']) expect(parseGrade(text)).toBeUndefined();
  });
});

describe('publish state and status', () => {
  it('reads negative wording before positive', () => {
    expect(parsePublished('Ej publicerad')).toBe(false);
    expect(parsePublished('Not published')).toBe(false);
    expect(parsePublished('Publicerad 12 december 2025 av Lärare, Lena')).toBe(true);
    expect(parsePublished('Published')).toBe(true);
    expect(parsePublished('Ja')).toBe(true);
    expect(parsePublished('Nej')).toBe(false);
    expect(parsePublished('Januari')).toBeUndefined();
    expect(parsePublished('Ej bedömd')).toBeUndefined();
  });

  it('reads document statuses in Swedish and English', () => {
    expect(parseDocumentStatus('Pågående')).toBe('in-progress');
    expect(parseDocumentStatus('pagaende')).toBe('in-progress');
    expect(parseDocumentStatus('Ej bedömd')).toBe('in-progress');
    expect(parseDocumentStatus('Ej klar')).toBe('in-progress');
    expect(parseDocumentStatus('Klar')).toBe('complete');
    expect(parseDocumentStatus('Avslutad')).toBe('complete');
    expect(parseDocumentStatus('In progress')).toBe('in-progress');
    expect(parseDocumentStatus('Finished')).toBe('complete');
    expect(parseDocumentStatus('Publicerad')).toBeUndefined();
  });

  it('tells decisions apart, the most specific wording first', () => {
    expect(parseDocumentType('Beslut att inte utarbeta åtgärdsprogram')).toBe('no-action-programme');
    expect(parseDocumentType('Åtgärdsprogram')).toBe('action-programme');
    expect(parseDocumentType('Anpassad studiegång')).toBe('adapted-study-plan');
    expect(parseDocumentType('IUP')).toBe('iup');
    expect(parseDocumentType('Decision not to draw up an action programme')).toBe('no-action-programme');
    expect(parseDocumentType('Möte')).toBeUndefined();
  });
});

describe('marks', () => {
  it('reads symbols and words that mark a level', () => {
    for (const mark of ['●', '✔', '✔️', '×', 'X', '✓', 'Vald']) expect(parseMark(mark)).toBe(true);
    for (const blank of ['', ' ', '○', '–', 'Nej']) expect(parseMark(blank)).toBe(false);
    expect(parseMark('2025-10-01')).toBeUndefined();
  });
});

describe('column headers', () => {
  it.each([
    ['Elev', 'pupil'],
    ['Namn:', 'pupil'],
    ['Pupil ▲', 'pupil'],
    ['Ämne', 'subject'],
    ['Termin', 'term'],
    ['Status', 'status'],
    ['Publicerad', 'published'],
    ['Publiceringsdatum', 'publishedDate'],
    ['Otillräckliga kunskaper', 'level'],
    ['Otillräckliga kunskaper (F)', 'level'],
    ['Ämnesomdöme', 'assessment'],
    ['Terminsbetyg', 'grade'],
    ['Slutbetyg', 'finalGrade'],
    ['Kommentar', 'comment'],
    ['Typ', 'type'],
    ['Beslutsdatum', 'decisionDate'],
  ])('%s means %s', (header, role) => {
    expect(headerRole(foldHeader(header))).toBe(role);
  });

  it('gives no meaning to other headers, even ones that begin with a known word', () => {
    for (const header of ['Beslutsfattare', 'Frånvaro %', 'Mentor', 'Senast ändrad av', 'Version', ''])
      expect(headerRole(foldHeader(header))).toBeUndefined();
  });

  it('reads filter labels', () => {
    expect(contextLabel('Grupp:')).toBe('group');
    expect(contextLabel('Klass')).toBe('group');
    expect(contextLabel('Amne')).toBe('subject');
    expect(contextLabel('Term')).toBe('term');
    expect(contextLabel('Skola')).toBeUndefined();
  });
});

describe('risk phrases', () => {
  it('finds the sentence that says a pupil is at risk', () => {
    expect(findRiskPhrase('Har arbetat bra. Riskerar att inte nå godtagbara kunskaper i algebra. Mer träning behövs.')).toBe(
      'riskerar att inte nå godtagbara kunskaper i algebra',
    );
    expect(findRiskPhrase('F-varning skickad')).toBe('f-varning skickad');
    expect(findRiskPhrase('F-varningen skickades hem')).toBe('f-varningen skickades hem');
    expect(findRiskPhrase('RISKERAR ATT INTE NÅ målen')).toBeDefined();
    expect(findRiskPhrase('At risk of failing the course.')).toBe('at risk of failing the course');
    expect(findRiskPhrase('Betygsvarning i kemi')).toBeDefined();
  });

  it('ignores negated phrases and words that merely begin like one', () => {
    expect(findRiskPhrase('Ingen risk för F.')).toBeUndefined();
    expect(findRiskPhrase('Risk för fysikprov på fredag.')).toBeUndefined();
    expect(findRiskPhrase('No risk of failing.')).toBeUndefined();
    expect(findRiskPhrase('Riskerar inte att missa något.')).toBeUndefined();
    expect(findRiskPhrase('')).toBeUndefined();
  });

  it('keeps long sentences short', () => {
    const excerpt = findRiskPhrase(`Riskerar att inte nå ${'mycket '.repeat(40)}kraven`);
    expect(excerpt?.length).toBeLessThanOrEqual(121);
    expect(excerpt?.endsWith('…')).toBe(true);
  });
});

describe("InfoMentor's own words", () => {
  it.each([
    ['Är i behov av stödinsatser för att nå godtagbara kunskaper', 'insufficient'],
    ['tableHeading_NotReached', 'insufficient'],
    ['Når en godtagbar kunskapsnivå', 'acceptable'],
    ['tableHeading_Expected', 'acceptable'],
    ['Når mer än en godtagbar kunskapsnivå', 'more-than-acceptable'],
    ['tableHeading_Exceeding', 'more-than-acceptable'],
  ])('reads the Lgr22 level heading %s as a level column (%s)', (heading, level) => {
    expect(headerRole(foldHeader(heading))).toBe('level');
    expect(levelOfHeader(foldHeader(heading))).toEqual({ level, curriculum: 'Lgr22' });
    expect(parseLevel(heading)?.level).toBe(level);
  });

  it.each([
    ['onGoing', 'in-progress'],
    ['finished', 'complete'],
    ['New', 'in-progress'],
    ['Started', 'in-progress'],
    ['HomeReady', 'in-progress'],
    ['Completed', 'complete'],
    ['Komplett', 'complete'],
    ['Pågår', 'in-progress'],
  ])('reads the status %s as %s', (text, status) => {
    expect(parseDocumentStatus(text)).toBe(status);
  });

  it('knows the Lgr11 omdömesblankett as a written assessment', () => {
    expect(parseDocumentType('Omdömesblankett (Lgr11)')).toBe('written-assessment');
  });

  it.each([
    'Moderna språk, språkval Franska',
    'Moderna språk (språkval)',
    'Hem- och konsumentkunskap',
    'Idrott och hälsa',
    'Naturorienterande ämnen',
  ])('knows the subject %s, commas and brackets included', (subject) => expect(isSubjectName(subject)).toBe(true));

  it.each(['Holm, Selma', 'Kvist, Jonas', 'Svensson, Maja', 'Bildt, Karl'])('does not take the person %s for a subject', (name) => {
    expect(isSubjectName(name)).toBe(false);
  });
});
