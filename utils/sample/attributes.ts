import { anonymiseAddress } from './address';
import { type Placeholders, shapeOf } from './placeholders';
import { anonymiseText } from './text';

/**
 * What a sample writes for one attribute of the page, or undefined to leave it out. Structure stays
 * (roles, ARIA states, spans, types, classes, inline styles: readers and the hidden-element rule use
 * them); texts follow the text rule; ids and references are shaped but stay consistent, so
 * `<label for>` and `aria-labelledby` still point where they did; addresses keep their route words.
 */

/** Attributes whose values are tokens of HTML, ARIA or SVG, never a person's text (checked by VALUE_TOKENS). */
const STRUCTURAL = new Set([
  'role',
  'type',
  'scope',
  'dir',
  'lang',
  'colspan',
  'rowspan',
  'span',
  'tabindex',
  'hidden',
  'checked',
  'selected',
  'disabled',
  'readonly',
  'multiple',
  'required',
  'open',
  'width',
  'height',
  'charset',
  'method',
  'enctype',
  'target',
  'rel',
  'media',
  'autocomplete',
  'draggable',
  'spellcheck',
  'contenteditable',
  'inputmode',
  'maxlength',
  'minlength',
  'size',
  'cols',
  'rows',
  'start',
  'reversed',
  'loading',
  'align',
  'valign',
  'nowrap',
  'border',
  'cellpadding',
  'cellspacing',
  'xmlns',
  'xmlns:xlink',
  'viewbox',
  'fill',
  'stroke',
  'd',
  'x',
  'y',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'points',
  'transform',
  'version',
  'preserveaspectratio',
  'focusable',
  'aria-checked',
  'aria-selected',
  'aria-hidden',
  'aria-expanded',
  'aria-pressed',
  'aria-current',
  'aria-disabled',
  'aria-level',
  'aria-sort',
  'aria-live',
  'aria-atomic',
  'aria-modal',
  'aria-haspopup',
  'aria-readonly',
  'aria-required',
  'aria-multiselectable',
  'aria-orientation',
  'aria-busy',
  'aria-invalid',
  'aria-relevant',
  'aria-autocomplete',
  'aria-posinset',
  'aria-setsize',
  'aria-colindex',
  'aria-rowindex',
  'aria-colcount',
  'aria-rowcount',
  'aria-colspan',
  'aria-rowspan',
]);
const VALUE_TOKENS = /^[\w\s.,:;#%()+-]{0,200}$/;
/** Attributes that name other elements by id: each id is shaped the same way wherever it appears. */
const REFERENCES = new Set([
  'id',
  'for',
  'headers',
  'form',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-flowto',
  'aria-details',
  'aria-errormessage',
]);
const ADDRESSES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'xlink:href', 'background', 'data', 'manifest']);
/** Left out: code and embedded content the sample never needs (srcdoc would be a whole page). */
const DROPPED = new Set(['srcset', 'srcdoc', 'integrity', 'nonce', 'ping', 'style-src']);
const HIDDEN_VALUE_MAX = 80;
const STRING_LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
const URL_IN_STYLE = /url\([^)]*\)/gi;
const DIGITS = /\d/g;

export function anonymiseAttribute(element: Element, name: string, value: string, placeholders: Placeholders): string | undefined {
  if (name.startsWith('on') || DROPPED.has(name)) return undefined;
  if (STRUCTURAL.has(name) && VALUE_TOKENS.test(value)) return value;
  if (REFERENCES.has(name))
    return value
      .split(/(\s+)/)
      .map((part) => (part.trim() === '' ? part : placeholders.id(part)))
      .join('');
  if (ADDRESSES.has(name)) return anonymiseAddress(value, placeholders);
  if (name === 'class') return value.replace(DIGITS, '0');
  // Form field names are InfoMentor's code (`ctl00$gv$ctl02$hfElevId`, `__VIEWSTATE`): a reader finds a
  // pupil's hidden id by its name, so the letters stay; the numbers are shaped and numbered.
  if (name === 'name') return placeholders.unique(value, value.replace(DIGITS, '0'));
  if (name === 'style') return value.replace(URL_IN_STYLE, 'url()');
  if (name === 'data-bind') return anonymiseBinding(value);
  if (name === 'value' && element.localName === 'input' && (element as HTMLInputElement).type === 'hidden') {
    // __VIEWSTATE and its kind are long and opaque: left empty. A short one may be a pupil's id.
    return value.length > HIDDEN_VALUE_MAX ? '' : placeholders.id(value);
  }
  return anonymiseText(value, placeholders);
}

/**
 * Knockout's `data-bind` is InfoMentor's code ("text: pupilName, visible: isSelected"): its names tell a
 * maintainer which view model a cell shows, so they stay; string literals and numbers in it could be
 * data ("click: open(48213)"), so they are shaped.
 */
function anonymiseBinding(value: string): string {
  return value
    .replace(STRING_LITERAL, (literal) => literal.charAt(0) + shapeOf(literal.slice(1, -1)) + literal.charAt(0))
    .replace(DIGITS, '0');
}
