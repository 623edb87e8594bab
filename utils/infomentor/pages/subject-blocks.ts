import { chosenText, choiceLabels } from '../cells';
import { normaliseSubject, normaliseText } from '../normalise';
import { kindWords } from '../page-kinds';
import { isShown } from '../visibility';
import { type LevelReading, fold, foldHeader, headerRole, parseDocumentStatus, parseLevel, parsePublished } from '../vocabulary';
import type { DocumentStatus } from '../vocabulary';

/**
 * One pupil's page shows one block per subject: a fieldset (or radiogroup) whose choices are the
 * levels, titled by its legend or label, with a comment field and a publish status nearby.
 */
export interface SubjectBlock {
  element: Element;
  subject: string;
  level?: LevelReading;
  comment?: string;
  published: boolean;
  status?: DocumentStatus;
}

/** Where a subject block's level choices are grouped (the background's readable check looks for them too). */
export const BLOCK_GROUPS = 'fieldset, [role=radiogroup], [role=group]';
const MAX_BLOCKS = 200;
const MAX_EXAMINED = 2000;
const STATUS_TEXT = 'span, p, div, small, strong, em, output, [role=status], dd, td';
const TITLE = 'legend, h2, h3, h4, h5, h6, [role=heading]';
let kindPrefix: RegExp | undefined;
/** `Bedömning Matematik` → the length of `Bedömning `; built on first use, as the page kinds import this module. */
function kindPrefixLength(folded: string): number {
  kindPrefix ??= new RegExp(
    `^(?:${[...kindWords('pupil-assessment'), ...kindWords('group-assessment')].sort((a, b) => b.length - a.length).join('|')})\\s*(?:[-–—:]\\s*)?`,
  );
  return kindPrefix.exec(folded)?.[0].length ?? 0;
}

export function findSubjectBlocks(root: ParentNode): SubjectBlock[] {
  const groups: Element[] = [];
  let examined = 0;
  for (const group of root.querySelectorAll(BLOCK_GROUPS)) {
    if (groups.length >= MAX_BLOCKS || ++examined > MAX_EXAMINED) break;
    if (groups.some((outer) => outer.contains(group)) || !isShown(group)) continue;
    const levels = choiceLabels(group).filter((label) => parseLevel(label) !== undefined);
    if (levels.length >= 2) groups.push(group);
  }
  const blocks: SubjectBlock[] = [];
  for (const group of groups) {
    const subject = subjectOf(group);
    if (!subject) continue;
    const chosen = chosenText(group);
    const level = chosen === undefined ? undefined : parseLevel(chosen);
    const around = surroundings(group, groups);
    const state = statusNear(around, group);
    const comment = commentIn(group) ?? (around === group ? undefined : commentIn(around));
    blocks.push({
      element: around,
      subject,
      published: state.published ?? false,
      ...(level ? { level } : {}),
      ...(comment ? { comment } : {}),
      ...(state.status ? { status: state.status } : {}),
    });
  }
  return blocks;
}

/** The legend or title of a subject block; a radiogroup's label without its "Bedömning" prefix. */
function subjectOf(group: Element): string | undefined {
  const title = group.querySelector(TITLE);
  const raw = title?.textContent ?? group.getAttribute('aria-label') ?? '';
  const text = normaliseText(raw);
  const folded = fold(text);
  const prefix = kindPrefixLength(folded);
  const subject = normaliseSubject(text.slice(folded.length === text.length ? prefix : 0));
  return subject === '' ? undefined : subject;
}

/** The widest ancestor that holds this block and no other: where its status and comment live. */
function surroundings(group: Element, groups: readonly Element[]): Element {
  let around = group;
  for (let parent = group.parentElement; parent; parent = parent.parentElement) {
    if (groups.some((other) => other !== group && parent.contains(other))) break;
    if (parent.localName === 'body' || parent.localName === 'main' || parent.getAttribute('role') === 'main') break;
    around = parent;
  }
  return around;
}

function statusNear(around: Element, group: Element): { published?: boolean; status?: DocumentStatus } {
  for (const element of around.querySelectorAll(STATUS_TEXT)) {
    if (element.firstElementChild !== null || element.closest('label, legend, option, textarea, button')) continue;
    if (group !== around && group.contains(element) && element.closest('[role=radiogroup]')) continue;
    const text = element.textContent ?? '';
    const published = parsePublished(text);
    const status = parseDocumentStatus(text);
    if (published !== undefined || status !== undefined)
      return { ...(published !== undefined ? { published } : {}), ...(status ? { status } : {}) };
  }
  return {};
}

/** The text of a field labelled "Kommentar" (or "Comment"). */
function commentIn(container: Element): string | undefined {
  for (const field of container.querySelectorAll('textarea, input[type=text]')) {
    const label = field.closest('label');
    let text = '';
    if (label) for (const node of label.childNodes) if (!node.contains(field)) text += node.textContent ?? '';
    if (!text && field.id)
      text = [...container.querySelectorAll('label')].find((l) => l.getAttribute('for') === field.id)?.textContent ?? '';
    if (!text) text = field.getAttribute('aria-label') ?? '';
    if (headerRole(foldHeader(text)) !== 'comment') continue;
    const value = (field as HTMLTextAreaElement | HTMLInputElement).value ?? '';
    if (value.trim() !== '') return value;
  }
  return undefined;
}
