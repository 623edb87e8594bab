import { normaliseId } from './normalise';
import { isRendered, isShown } from './visibility';
import { PUPIL_ID_WORDS, type Grade, parseGrade, parseMark } from './vocabulary';

/**
 * Reading one cell (or card field) the way a person sees it: the chosen option of a select, the value of
 * a text field, whether a box or radio is checked, a symbol, or the tooltip of an icon. Each function
 * reads only inside the cell; none lays out the page (no innerText).
 */

const CONTROL = 'select, textarea, input';
const CONTROL_TAGS = new Set(['select', 'textarea', 'input']);
const NOT_A_VALUE = new Set(['hidden', 'radio', 'checkbox', 'button', 'submit', 'image', 'reset']);
export const CHOICE =
  'input[type=radio], input[type=checkbox], [role=radio], [role=checkbox], [role=switch], [role=option], [aria-checked]';
const LABELLED = '[title], [aria-label], img[alt]';

/** The text a cell shows: a control's current value, otherwise its text content. */
export function cellText(cell: Element): string {
  const first = cell.firstElementChild;
  if (first === null || (first.firstElementChild === null && first.nextElementSibling === null && !CONTROL_TAGS.has(first.localName)))
    return cell.textContent ?? '';
  for (const control of cell.querySelectorAll(CONTROL)) {
    if (control.localName !== 'input' || !NOT_A_VALUE.has((control as HTMLInputElement).type)) return controlValue(control);
  }
  return cell.textContent ?? '';
}

function controlValue(control: Element): string {
  if (control.localName === 'select') {
    const option = selectedOption(control);
    if (!option) return '';
    const shown = option.textContent ?? '';
    return shown.trim() === '' ? option.value : shown;
  }
  return (control as HTMLInputElement | HTMLTextAreaElement).value ?? '';
}

/** The chosen option of a select: the option's `selected` state is what the teacher sees (it follows their changes). */
export function selectedOption(select: Element): HTMLOptionElement | undefined {
  for (const option of select.querySelectorAll('option')) if (option.selected) return option;
  return undefined;
}

/** The pupil name of a name cell: a link's text when the name is a link, otherwise the cell's text. */
export function nameText(cell: Element): string {
  const first = cell.firstElementChild;
  if (first === null) return cell.textContent ?? '';
  const link = first.localName === 'a' ? first : cell.querySelector('a');
  const text = link?.textContent ?? '';
  return text.trim() === '' ? (cell.textContent ?? '') : text;
}

/**
 * How a cell marks its column: `stated` by a checked state, a symbol or word, or a tooltip; `shown` by
 * a rendered element with no text at all (the Hub's filled square, an icon), whose meaning is its
 * column. Hidden parts of the cell (Knockout keeps every column's square, hiding all but one) are not read.
 */
export type Mark = 'stated' | 'shown';

export function markOf(cell: Element): Mark | undefined {
  const own = cell.getAttribute('aria-checked') ?? cell.getAttribute('aria-selected');
  if (own !== null) return own === 'true' ? 'stated' : undefined;
  if (cell.firstElementChild === null) return parseMark(cell.textContent ?? '') === true ? 'stated' : undefined;
  const choice = cell.querySelector(CHOICE);
  if (choice && isShown(choice, cell)) return choiceChecked(choice) ? 'stated' : undefined;
  const { text, elements } = renderedContent(cell);
  const byText = parseMark(text);
  if (text.trim() !== '') return byText === true ? 'stated' : undefined;
  const labelled = elements.find((element) => element.matches(LABELLED));
  if (labelled) return parseMark(labelText(labelled)) === true ? 'stated' : labelText(labelled).trim() === '' ? 'shown' : undefined;
  return elements.length > 0 ? 'shown' : undefined;
}

/** Whether a cell states a mark (a published or finished column): textless elements say nothing there. */
export function isMarked(cell: Element): boolean {
  return markOf(cell) === 'stated';
}

const MAX_MARK_ELEMENTS = 20;

/** The rendered text and elements of a cell, hidden subtrees left out. */
function renderedContent(cell: Element): { text: string; elements: Element[] } {
  let text = '';
  const elements: Element[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && elements.length < MAX_MARK_ELEMENTS && isRendered(child as Element)) {
        elements.push(child as Element);
        visit(child);
      }
    }
  };
  visit(cell);
  return { text, elements };
}

function choiceChecked(choice: Element): boolean {
  if (choice.localName === 'input') return (choice as HTMLInputElement).checked;
  return (choice.getAttribute('aria-checked') ?? choice.getAttribute('aria-selected')) === 'true';
}

/** Tooltip-like text of an element: title, aria-label or alt. */
export function labelText(element: Element): string {
  return element.getAttribute('title') ?? element.getAttribute('aria-label') ?? element.getAttribute('alt') ?? '';
}

/**
 * The label of the checked choice inside an element (a cell with radio buttons, a fieldset, a
 * radiogroup), or of the selected option of a select; undefined when nothing is chosen.
 */
export function chosenText(container: Element): string | undefined {
  const select = container.querySelector('select');
  if (select) {
    const value = controlValue(select).trim();
    return value === '' ? undefined : value;
  }
  for (const choice of container.querySelectorAll(CHOICE)) {
    if (choiceChecked(choice)) return choiceLabel(choice, container);
  }
  return undefined;
}

/** Whether an element holds choices (radios, checkboxes or a select) at all. */
export function hasChoices(container: Element): boolean {
  return container.querySelector(`select, ${CHOICE}`) !== null;
}

/** Every choice in a container with its label: for telling whether a group offers levels. */
export function choiceLabels(container: Element): string[] {
  return [...container.querySelectorAll(CHOICE)].map((choice) => choiceLabel(choice, container));
}

function choiceLabel(choice: Element, container: Element): string {
  const aria = choice.getAttribute('aria-label');
  if (aria) return aria;
  if (choice.localName !== 'input') return choice.textContent ?? '';
  const wrapping = choice.closest('label');
  if (wrapping && container.contains(wrapping)) return wrapping.textContent ?? '';
  const id = choice.id;
  if (id) {
    for (const label of container.querySelectorAll('label')) {
      if (label.getAttribute('for') === id) return label.textContent ?? '';
    }
  }
  const next = choice.nextElementSibling;
  if (next?.localName === 'label') return next.textContent ?? '';
  const sibling = choice.nextSibling?.textContent ?? '';
  return sibling.trim() === '' ? ((choice as HTMLInputElement).value ?? '') : sibling;
}

/** A grade cell: a select's choice, the text, or an icon's tooltip (`title="Betyg F"`). */
export function gradeOf(cell: Element): Grade | undefined {
  const fromText = parseGrade(cellText(cell));
  if (fromText) return fromText;
  const own = labelText(cell);
  if (own) {
    const grade = parseGrade(own);
    if (grade) return grade;
  }
  if (cell.firstElementChild === null) return undefined;
  const labelled = cell.querySelector(LABELLED);
  return labelled ? parseGrade(labelText(labelled)) : undefined;
}

const ID_WORDS = PUPIL_ID_WORDS.filter((word) => !word.endsWith('s') && word !== 'elever');
const ID_ATTRIBUTES = ID_WORDS.flatMap((word) => [`data-${word}-id`, `data-${word}id`]);
const ID_IN_LINK = new RegExp(`(?:[/#](?:${PUPIL_ID_WORDS.join('|')})/|[?&#](?:${ID_WORDS.join('|')})_?id=)([\\w-]{1,80})`, 'i');
const NESTED_ID = ID_ATTRIBUTES.map((name) => `[${name}]`).join(', ');
const HIDDEN_ID = ID_WORDS.map((word) => `input[type=hidden][name*="${word}" i]`).join(', ');

type IdSource = (row: Element, nameCell: Element | undefined) => string | undefined;

function idAttribute(element: Element): string | undefined {
  for (const attribute of ID_ATTRIBUTES) {
    const id = normaliseId(element.getAttribute(attribute));
    if (id) return id;
  }
  return undefined;
}

/** Where a page may keep a pupil's id: data attributes on the row or name cell, the pupil's link, nested data attributes, a hidden field. */
const ID_SOURCES: readonly IdSource[] = [
  (row, cell) => idAttribute(row) ?? (cell && cell !== row ? idAttribute(cell) : undefined),
  (row, cell) => {
    const link = (cell ?? row).querySelector('a[href]');
    return link ? ID_IN_LINK.exec(link.getAttribute('href') ?? '')?.[1] : undefined;
  },
  (row, cell) => {
    const nested = (cell ?? row).querySelector(NESTED_ID);
    return nested ? idAttribute(nested) : undefined;
  },
  (row) => normaliseId((row.querySelector(HIDDEN_ID) as HTMLInputElement | null)?.value),
];

/**
 * The pupil id a row carries, if any. Two rows with different ids are two pupils even with the same
 * name.
 */
export function pupilIdOf(row: Element, nameCell: Element | undefined): string | undefined {
  for (const source of ID_SOURCES) {
    const id = source(row, nameCell);
    if (id) return id;
  }
  return undefined;
}

const ROWS_WITHOUT_IDS = 3;

/**
 * Pupil ids of one table's rows. A table keeps its ids the same way on every row, so the place that
 * worked is tried first; when the first rows carry no id at all, the table is taken to carry none.
 */
export class PupilIds {
  private source: IdSource | null | undefined;
  private misses = 0;

  read(row: Element, nameCell: Element | undefined): string | undefined {
    if (this.source === null) return undefined;
    const known = this.source?.(row, nameCell);
    if (known) return known;
    for (const source of ID_SOURCES) {
      const id = source(row, nameCell);
      if (id) {
        this.source = source;
        return id;
      }
    }
    if (this.source === undefined && ++this.misses >= ROWS_WITHOUT_IDS) this.source = null;
    return undefined;
  }
}
