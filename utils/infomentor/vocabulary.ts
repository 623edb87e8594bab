import { BEYOND_LATIN1, fold, WHITE_SPACE } from '../text/fold';
import type { DocumentStatus } from '../domain/document-statuses';
import type { DocumentType } from '../domain/document-types';

/**
 * Every word and phrase Insyn recognises on an InfoMentor page, Swedish and English, in one place.
 * Entries are written as people write them; they are folded once at load (see `fold`) and every
 * comparison is made on folded text, so case, accents and white space never matter.
 */

export { fold };

const MEMO_TEXT = 80;
const MEMO_ENTRIES = 1000;

/**
 * Remembers a word parser's answers: a page repeats the same few cell texts ("Publicerad", "●", "F")
 * hundreds of times, and folding is the costly part of reading a row. Long texts are not remembered.
 */
export function memo<T>(parse: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > MEMO_TEXT) return parse(text);
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = parse(text);
    if (known.size >= MEMO_ENTRIES) known.clear();
    known.set(text, value);
    return value;
  };
}

const folded = (words: readonly string[]): readonly string[] => words.map(fold);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `text` is `phrase`, or starts with it followed by something that is not a letter or digit. */
function startsWithWord(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase)) return false;
  const next = text.charAt(phrase.length);
  return next === '' || !LETTER_OR_DIGIT.test(next);
}

function firstMatch<T>(text: string, table: readonly (readonly [readonly string[], T])[]): T | undefined {
  for (const [phrases, value] of table) {
    for (const phrase of phrases) if (startsWithWord(text, phrase)) return value;
  }
  return undefined;
}

// ── Column headers ───────────────────────────────────────────────────────────────────────────────

export type ColumnRole =
  | 'pupil'
  | 'subject'
  | 'term'
  | 'status'
  | 'published'
  | 'publishedDate'
  | 'level'
  | 'assessment'
  | 'grade'
  | 'finalGrade'
  | 'finished'
  | 'comment'
  | 'type'
  | 'decisionDate';

/** Header texts per column meaning. Order matters where one phrase begins another (dates before states). */
const HEADER_WORDS: readonly (readonly [readonly string[], ColumnRole])[] = [
  [folded(['Elev', 'Elever', 'Elevnamn', 'Namn', 'Barn', 'Pupil', 'Pupils', 'Student', 'Students', 'Name']), 'pupil'],
  [folded(['Ämne', 'Ämnen', 'Kurs', 'Subject', 'Subjects', 'Course']), 'subject'],
  [folded(['Termin', 'Period', 'Läsperiod', 'Term']), 'term'],
  [
    folded([
      'Publiceringsdatum',
      'Publicerad datum',
      'Publicerat datum',
      'Datum för publicering',
      'Published date',
      'Publish date',
      'Date published',
    ]),
    'publishedDate',
  ],
  [
    folded([
      'Publicerad',
      'Publicerat',
      'Publicering',
      'Publiceringsstatus',
      'Synlig för vårdnadshavare',
      'Published',
      'Publication',
      'Visible to guardians',
    ]),
    'published',
  ],
  [folded(['Status', 'Tillstånd', 'Dokumentstatus', 'State']), 'status'],
  [
    folded([
      'Ämnesomdöme',
      'Omdöme',
      'Bedömning',
      'Kunskapsbedömning',
      'Nivå',
      'Kunskapsnivå',
      'Subject assessment',
      'Assessment',
      'Level',
      'Knowledge level',
    ]),
    'assessment',
  ],
  [folded(['Slutbetyg', 'Final grade']), 'finalGrade'],
  [folded(['Betyg', 'Terminsbetyg', 'Grade', 'Term grade']), 'grade'],
  [folded(['Avslutat ämne', 'Ämnet avslutat', 'Avslutat', 'Subject finished', 'Finished subject', 'Finished']), 'finished'],
  [folded(['Kommentar', 'Kommentarer', 'Anteckning', 'Anteckningar', 'Comment', 'Comments', 'Note', 'Notes']), 'comment'],
  [folded(['Typ', 'Dokumenttyp', 'Beslut', 'Type', 'Document type', 'Decision']), 'type'],
  [folded(['Beslutsdatum', 'Datum för beslut', 'Beslutad', 'Decision date', 'Date of decision', 'Decided']), 'decisionDate'],
];

const HEADER_NOISE = /[:*▲▼↑↓⇅]+/g;
const TRAILING_PARENTHESIS = /\s*\([^)]*\)\s*$/;

/** The folded header text without sort arrows, required-field stars and a trailing colon. */
export function foldHeader(text: string): string {
  return fold(text.replace(HEADER_NOISE, ' '));
}

/** What a column holds, judged by its folded header (see `foldHeader`). */
export function headerRole(header: string): ColumnRole | undefined {
  if (header === '') return undefined;
  const role = exactRole(header);
  if (role) return role;
  const bare = header.replace(TRAILING_PARENTHESIS, '');
  return bare === header ? undefined : exactRole(bare);
}

function exactRole(header: string): ColumnRole | undefined {
  if (levelOfHeader(header)) return 'level';
  for (const [phrases, role] of HEADER_WORDS) if (phrases.includes(header)) return role;
  return undefined;
}

// ── Knowledge levels ─────────────────────────────────────────────────────────────────────────────

export type Level = 'insufficient' | 'acceptable' | 'more-than-acceptable';
export interface LevelReading {
  level: Level;
  curriculum: 'Lgr22' | 'Lgr11';
}

/**
 * InfoMentor's own wording first (the Hub's Ämnesomdömen headings, and their translation keys, which a
 * page shows when its translations fail to load); then other platforms' and older pages' wording.
 */
const LGR22_LEVELS: readonly (readonly [readonly string[], Level])[] = [
  [
    folded([
      'Når mer än en godtagbar kunskapsnivå',
      'tableHeading_Exceeding',
      'Mer än godtagbara kunskaper',
      'Mer än godtagbara',
      'More than acceptable knowledge',
      'More than acceptable',
    ]),
    'more-than-acceptable',
  ],
  [
    folded([
      'Är i behov av stödinsatser för att nå godtagbara kunskaper',
      'I behov av stödinsatser',
      'tableHeading_NotReached',
      'Otillräckliga kunskaper',
      'Otillräckliga',
      'Insufficient knowledge',
      'Insufficient',
    ]),
    'insufficient',
  ],
  [
    folded([
      'Når en godtagbar kunskapsnivå',
      'tableHeading_Expected',
      'Godtagbara kunskaper',
      'Godtagbara',
      'Acceptable knowledge',
      'Acceptable',
    ]),
    'acceptable',
  ],
];
const LGR11_LEVELS: readonly (readonly [readonly string[], Level])[] = [
  [folded(['Ej uppnått', 'Ej uppnådd', 'Inte uppnått', 'Not achieved', 'Not reached']), 'insufficient'],
  [folded(['E']), 'acceptable'],
  [folded(['D', 'C', 'B', 'A']), 'more-than-acceptable'],
];

/** A level written as text: a Lgr22 level name or a Lgr11 matrix label. */
export const parseLevel = memo((text: string): LevelReading | undefined => {
  const value = fold(text);
  if (value === '') return undefined;
  const lgr22 = firstMatch(value, LGR22_LEVELS);
  if (lgr22) return { level: lgr22, curriculum: 'Lgr22' };
  const lgr11 = LGR11_LEVELS.find(([phrases]) => phrases.includes(value))?.[1];
  return lgr11 ? { level: lgr11, curriculum: 'Lgr11' } : undefined;
});

/** A level column's header names exactly one level (`Otillräckliga kunskaper`, `Ej uppnått`, `E`), maybe with a note in parentheses. */
export function levelOfHeader(folded: string): LevelReading | undefined {
  return exactLevel(folded) ?? exactLevel(folded.replace(TRAILING_PARENTHESIS, ''));
}

function exactLevel(header: string): LevelReading | undefined {
  const lgr22 = LGR22_LEVELS.find(([phrases]) => phrases.includes(header))?.[1];
  if (lgr22) return { level: lgr22, curriculum: 'Lgr22' };
  const lgr11 = LGR11_LEVELS.find(([phrases]) => phrases.includes(header))?.[1];
  return lgr11 ? { level: lgr11, curriculum: 'Lgr11' } : undefined;
}

// ── Grades ───────────────────────────────────────────────────────────────────────────────────────

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | '–';

const GRADE_LETTER = /^[a-f]$/;
/** A dash: no basis for a grade ("streck"). */
const DASH = /^[-–—‐‑−]$/;
const GRADE_IN_LABEL = /^(?:betyg|terminsbetyg|slutbetyg|grade|term grade|final grade)\s*:?\s*([a-f]|[-–—‐‑−])$/;
const DASH_WORDS = folded(['Streck', 'Underlag saknas', 'No grade', 'Insufficient basis']);

/** A grade written as text: A–F, a dash, or a label such as `Betyg: F` (from a title attribute). */
export const parseGrade = memo((text: string): Grade | undefined => {
  const value = fold(text);
  if (value === '') return undefined;
  if (GRADE_LETTER.test(value)) return value.toUpperCase() as Grade;
  if (DASH.test(value) || DASH_WORDS.includes(value)) return '–';
  const labelled = GRADE_IN_LABEL.exec(value)?.[1];
  if (labelled === undefined) return undefined;
  return GRADE_LETTER.test(labelled) ? (labelled.toUpperCase() as Grade) : '–';
});

// ── Publish state and document status ─────────────────────────────────────────────────────────────

const PUBLISHED: readonly (readonly [readonly string[], boolean])[] = [
  [
    folded([
      'Ej publicerad',
      'Ej publicerat',
      'Inte publicerad',
      'Inte publicerat',
      'Opublicerad',
      'Ej synlig',
      'Not published',
      'Unpublished',
      'Not visible',
      'Utkast',
      'Draft',
      'Nej',
      'No',
      'False',
      '✗',
      '✘',
      '-',
      '–',
    ]),
    false,
  ],
  [folded(['Publicerad', 'Publicerat', 'Publicerade', 'Synlig', 'Published', 'Visible', 'Ja', 'Yes', 'True', '✔', '✓', '☑', '✅']), true],
];

/** Whether a status or "Publicerad" cell says the document is visible to guardians. */
export const parsePublished = memo((text: string): boolean | undefined => {
  return firstMatch(fold(text), PUBLISHED);
});

export type { DocumentStatus };
const STATUSES: readonly (readonly [readonly string[], DocumentStatus])[] = [
  [
    folded([
      'Ej bedömd',
      'Inte bedömd',
      'Ej klar',
      'Inte klar',
      'Ej påbörjad',
      'Ej avslutad',
      'Not assessed',
      'Not started',
      'Not finished',
      'Not complete',
      'Incomplete',
    ]),
    'in-progress',
  ],
  // InfoMentor's own states: IUP versions (isComplete), special plans (onGoing / finished), progress
  // meetings (New, Started, HomeReady: the guardian has something to do, Completed). Their Swedish
  // wording is not published; the Swedish words here are the ones teachers use.
  [
    folded([
      'Pågående',
      'Pågår',
      'Påbörjad',
      'Under arbete',
      'Utkast',
      'Aktiv',
      'Öppen',
      'Ny',
      'In progress',
      'Ongoing',
      'Started',
      'New',
      'HomeReady',
      'Home ready',
      'Draft',
      'Active',
      'Open',
    ]),
    'in-progress',
  ],
  [
    folded([
      'Klar',
      'Klart',
      'Komplett',
      'Avslutad',
      'Avslutat',
      'Genomförd',
      'Färdig',
      'Bedömd',
      'Fastställd',
      'Beslutad',
      'Stängd',
      'Complete',
      'Completed',
      'IsComplete',
      'Finished',
      'Closed',
      'Done',
      'Assessed',
      'Decided',
    ]),
    'complete',
  ],
];

/** A document's status as the page words it (`Pågående`, `Klar`, `Avslutad`, `Ej bedömd`). */
export const parseDocumentStatus = memo((text: string): DocumentStatus | undefined => {
  return firstMatch(fold(text), STATUSES);
});

const DOCUMENT_TYPES: readonly (readonly [readonly string[], DocumentType])[] = [
  [
    folded([
      'Beslut att inte utarbeta åtgärdsprogram',
      'Beslut om att inte utarbeta åtgärdsprogram',
      'Beslut att inte upprätta åtgärdsprogram',
      'Inget åtgärdsprogram',
      'Decision not to draw up an action programme',
      'Decision not to draw up an action program',
      'No action programme',
      'No action program',
    ]),
    'no-action-programme',
  ],
  [folded(['Anpassad studiegång', 'Adapted course of study', 'Adapted study plan']), 'adapted-study-plan'],
  [folded(['Åtgärdsprogram', 'Action programme', 'Action program', 'Action plan']), 'action-programme'],
  [folded(['IUP', 'Individuell utvecklingsplan', 'Individual development plan']), 'iup'],
  [folded(['Skriftligt omdöme', 'Ämnesomdöme', 'Omdömesblankett', 'Written assessment', 'Subject assessment']), 'written-assessment'],
];

/** The kind of document a "Typ" cell names; the longest, most specific wording wins. */
export const parseDocumentType = memo((text: string): DocumentType | undefined => {
  const value = fold(text);
  if (value === '') return undefined;
  for (const [phrases, type] of DOCUMENT_TYPES) {
    for (const phrase of phrases) if (value.includes(phrase)) return type;
  }
  return undefined;
});

// ── Marks in a level column ──────────────────────────────────────────────────────────────────────

const MARKED = new Set(
  folded([
    '●',
    '•',
    '⬤',
    '◉',
    '✔',
    '✓',
    '☑',
    '✅',
    'x',
    '×',
    '✗',
    '✘',
    '☒',
    '■',
    '◼',
    'Ja',
    'Yes',
    'Vald',
    'Markerad',
    'Ifylld',
    'Selected',
    'Checked',
    'Marked',
    'True',
  ]),
);
const UNMARKED = new Set(
  folded(['', '○', '◯', '☐', '□', '-', '–', 'Nej', 'No', 'Ej vald', 'Inte vald', 'Not selected', 'Unchecked', 'False']),
);

/** Whether a symbol or word in a level column marks that level; undefined when it says neither. */
export const parseMark = memo((text: string): boolean | undefined => {
  const value = fold(text);
  if (MARKED.has(value)) return true;
  if (UNMARKED.has(value)) return false;
  return undefined;
});

// ── Risk phrases in free text ─────────────────────────────────────────────────────────────────────

const RISK_PHRASES = folded([
  'riskerar att inte nå',
  'riskerar att inte uppnå',
  'riskerar att inte klara',
  'riskerar att få F',
  'riskerar underkänt',
  'risk för att inte nå',
  'risk för F',
  'F-varning',
  'F varning',
  'betygsvarning',
  'varning för F',
  'at risk of not reaching',
  'at risk of not achieving',
  'at risk of not meeting',
  'at risk of failing',
  'risk of failing',
  'fail warning',
  'F warning',
]);
/** Every risk phrase contains one of these: most comments are passed over without folding them. */
const RISK_ANCHOR = /risk|varn|fail|warn/i;
/** A negation right before the phrase ("ingen risk för F", "no risk of failing") cancels it. */
const NEGATIONS = ['ingen', 'inte', 'ej', 'utan', 'no', 'not', 'without'];
const NEGATED = new RegExp(`(?:^|\\s)(?:${NEGATIONS.join('|')})\\s*$`);
/**
 * Phrases ending in a short word ("risk för F") must end there ("risk för fysik" is no risk); longer
 * endings may be inflected ("F-varningen", "F-varningar").
 */
const SHORT_LAST_WORD = /(?:^|[\s-])\S{1,2}$/;
const SENTENCE_END = '.!?\n';
const EXCERPT_MAX = 120;

/**
 * The sentence of a comment that says the pupil is at risk, or undefined. Only pupil-row comments are
 * passed here: risk words elsewhere on a page (news, calendars) are never read as risks.
 */
export const findRiskPhrase = memo((comment: string): string | undefined => {
  if (!RISK_ANCHOR.test(comment)) return undefined;
  const text = (BEYOND_LATIN1.test(comment) ? comment.normalize('NFC') : comment).replace(WHITE_SPACE, ' ').trim();
  if (text === '') return undefined;
  const value = fold(text);
  for (const phrase of RISK_PHRASES) {
    let at = value.indexOf(phrase);
    while (at >= 0) {
      const before = value.slice(Math.max(0, at - 10), at);
      const after = value.charAt(at + phrase.length);
      if (!NEGATED.test(before) && (!SHORT_LAST_WORD.test(phrase) || after === '' || !LETTER_OR_DIGIT.test(after)))
        return excerpt(text, value, at);
      at = value.indexOf(phrase, at + 1);
    }
  }
  return undefined;
});

/** The sentence around a folded position. Folding keeps NFC text's length, so positions carry over. */
function excerpt(text: string, value: string, at: number): string {
  const source = value.length === text.length ? text : value;
  let start = at;
  while (start > 0 && !SENTENCE_END.includes(source.charAt(start - 1))) start--;
  let end = at;
  while (end < source.length && !SENTENCE_END.includes(source.charAt(end))) end++;
  const sentence = source.slice(start, end).trim();
  const short = sentence.length > EXCERPT_MAX ? `${sentence.slice(0, EXCERPT_MAX).trimEnd()}…` : sentence;
  return short.charAt(0).toLowerCase() + short.slice(1);
}

// ── Page kinds, context labels and terms ─────────────────────────────────────────────────────────

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Whether folded heading text contains one of the phrases as whole words. */
export function mentions(foldedText: string, phrases: readonly string[]): boolean {
  if (foldedText === '') return false;
  const padded = ` ${foldedText.split(WORD_SPLIT).join(' ')} `;
  return phrases.some((phrase) => padded.includes(` ${phrase.split(WORD_SPLIT).join(' ')} `));
}

export type ContextLabel = 'group' | 'subject' | 'term' | 'pupil' | 'year';
/** Labels of the page's filters and "Label: value" lines, as written (matched case-insensitively). */
export const CONTEXT_LABEL_WORDS: readonly (readonly [readonly string[], ContextLabel])[] = [
  [['Grupp', 'Klass', 'Undervisningsgrupp', 'Mentorsgrupp', 'Group', 'Class', 'Form'], 'group'],
  [['Ämne', 'Amne', 'Kurs', 'Subject', 'Course'], 'subject'],
  [['Termin', 'Period', 'Term'], 'term'],
  [['Elev', 'Pupil', 'Student'], 'pupil'],
  [['Läsår', 'Academic year', 'School year'], 'year'],
];
const CONTEXT_LABELS = CONTEXT_LABEL_WORDS.map(([words, role]) => [folded(words), role] as const);

/** What a filter or "Label:" names, from its label text. */
export function contextLabel(label: string): ContextLabel | undefined {
  const value = foldHeader(label);
  for (const [phrases, role] of CONTEXT_LABELS) if (phrases.includes(value)) return role;
  return undefined;
}

/** Ways pages write a term's season (folded). Autumn → Ht, spring → Vt. */
export const AUTUMN_WORDS = folded(['Ht', 'Höstterminen', 'Hösttermin', 'Hösten', 'Höst', 'Autumn', 'Autumn term', 'Fall', 'Fall term']);
export const SPRING_WORDS = folded(['Vt', 'Vårterminen', 'Vårtermin', 'Våren', 'Vår', 'Spring', 'Spring term']);

/** Month names for dates written out (`12 december 2025`, `12 Dec 2025`), folded, January first. */
export const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augusti', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Words for "pupil" in addresses, data attributes and hidden field names that carry a pupil's id. */
export const PUPIL_ID_WORDS = ['pupil', 'pupils', 'elev', 'elever', 'student', 'students', 'person'];

/** Rows that summarise a table rather than name a pupil. */
export const SUMMARY_ROWS = new Set(folded(['Summa', 'Totalt', 'Total', 'Antal', 'Medel', 'Medelvärde', 'Average', 'Sum', 'Count']));

/**
 * Subjects as InfoMentor names them (full Swedish names; codes such as Ma or Idh appear only in
 * timetables). A comma or brackets inside a name are part of it ("Moderna språk, språkval Franska"), so
 * a subject is never taken for a "Lastname, Firstname" person.
 */
const SUBJECT_NAMES = folded([
  'Svenska',
  'Svenska som andraspråk',
  'Engelska',
  'Matematik',
  'Biologi',
  'Fysik',
  'Kemi',
  'Teknik',
  'Naturorienterande ämnen',
  'Samhällsorienterande ämnen',
  'Geografi',
  'Historia',
  'Religionskunskap',
  'Samhällskunskap',
  'Bild',
  'Musik',
  'Slöjd',
  'Idrott och hälsa',
  'Hem- och konsumentkunskap',
  'Moderna språk',
  'Modersmål',
  'Teckenspråk',
  'Elevens val',
  'Språkval',
  'Swedish',
  'English',
  'Mathematics',
  'Maths',
  'Physical education',
]);

/** Whether a text names a school subject: a known name, alone or followed by its specification. */
export const isSubjectName = memo((text: string): boolean => firstMatch(fold(text), SUBJECT_TABLE) === true);
const SUBJECT_TABLE = [[SUBJECT_NAMES, true]] as const;

/** Words that are the product, never a subject or group. */
export const PRODUCT_WORDS = new Set(folded(['InfoMentor', 'InfoMentor Hub', 'Start', 'Hem', 'Home']));

// ── The whole vocabulary, for anonymised page samples ────────────────────────────────────────────

/**
 * Every folded phrase of the lists above that a page sample (utils/sample) may keep as written. Months
 * and season words are left out: "Maj" and "Höst" are names too (a sample keeps them only inside a date
 * or a term). A new list of page words belongs here as well; the page kinds' heading words are added by
 * `isPageWord` (page-kinds.ts), which samples ask.
 */
const SAMPLE_PHRASES: ReadonlySet<string> = new Set([
  ...[HEADER_WORDS, LGR22_LEVELS, LGR11_LEVELS, PUBLISHED, STATUSES, DOCUMENT_TYPES].flatMap((table) =>
    table.flatMap(([phrases]) => phrases),
  ),
  ...CONTEXT_LABELS.flatMap(([phrases]) => phrases),
  ...MARKED,
  ...UNMARKED,
  ...RISK_PHRASES,
  ...NEGATIONS,
  ...DASH_WORDS,
  ...SUMMARY_ROWS,
  ...PRODUCT_WORDS,
]);

/** Whether a folded text is exactly one of Insyn's page words or phrases. */
export function isVocabularyPhrase(folded: string): boolean {
  return folded !== '' && SAMPLE_PHRASES.has(folded);
}
