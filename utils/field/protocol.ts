/**
 * What the panel (components/page/SealedText.tsx, utils/content/field-channel.ts) and Insyn's field frame
 * (entrypoints/field/, utils/field/frame.ts) say to each other over their MessageChannel. Plain guards, no
 * zod: the frame must load at once, and the content script bundles no schema code. Both ends check what
 * they receive, though only Insyn's two ends hold the ports.
 */

/** The field page (entrypoints/field/), the extension's only web-accessible resource. */
export const FIELD_PAGE = 'field.html';

/** The window message that hands the frame its port; `nonce` is the one in the frame's own URL fragment. */
export interface FieldHello {
  insynField: 1;
  nonce: string;
}

/** Everything the frame shows; sent whole on each change, `value` only when the panel changed it. */
export interface FieldState {
  type: 'state';
  label: string;
  lang: string;
  /** 0: one line (`<input type=text>`); more: a `<textarea>` of that many rows. */
  rows: number;
  value?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
}

export type ToFrame = FieldState | { type: 'focus' };

export type FromFrame =
  { type: 'ready' } | { type: 'input'; value: string } | { type: 'focus' | 'blur' | 'escape' | 'enter' } | { type: 'height'; px: number };

const record = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;
const optional = (value: unknown, type: 'string' | 'number' | 'boolean') => value === undefined || typeof value === type;

export const isFieldHello = (data: unknown, nonce: string): data is FieldHello =>
  record(data) && data.insynField === 1 && typeof data.nonce === 'string' && nonce.length > 0 && data.nonce === nonce;

export function isToFrame(data: unknown): data is ToFrame {
  if (!record(data)) return false;
  if (data.type === 'focus') return true;
  return (
    data.type === 'state' &&
    typeof data.label === 'string' &&
    typeof data.lang === 'string' &&
    typeof data.rows === 'number' &&
    optional(data.value, 'string') &&
    optional(data.hint, 'string') &&
    optional(data.error, 'string') &&
    optional(data.required, 'boolean') &&
    optional(data.maxLength, 'number') &&
    optional(data.autocomplete, 'string')
  );
}

const SIGNALS = ['ready', 'focus', 'blur', 'escape', 'enter'];

export function isFromFrame(data: unknown): data is FromFrame {
  if (!record(data)) return false;
  if (data.type === 'input') return typeof data.value === 'string';
  if (data.type === 'height') return typeof data.px === 'number' && Number.isFinite(data.px);
  return typeof data.type === 'string' && SIGNALS.includes(data.type);
}
