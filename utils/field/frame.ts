import { isFieldHello, isToFrame, type FieldState, type FromFrame } from './protocol';

/**
 * The inside of Insyn's field frame: one label and one text field in a document of the extension's own
 * origin, so the keys typed there never reach InfoMentor's page (its listeners on `window` hear the
 * keyboard of its own document only). The frame takes its port from the first window message that
 * carries the nonce of its own URL fragment, which only the content script knows (the page can read
 * neither a cross-origin frame's address nor the closed root that holds the iframe); every other message
 * is ignored, and no second port is taken.
 */
export function startField(win: Window = window): void {
  const nonce = win.location.hash.slice(1);
  let taken = false;
  const onHello = (event: MessageEvent) => {
    const port = event.ports[0];
    if (taken || !port || !isFieldHello(event.data, nonce)) return;
    taken = true;
    win.removeEventListener('message', onHello);
    connectField(win.document, port);
  };
  win.addEventListener('message', onHello);
}

interface Parts {
  label: HTMLLabelElement;
  hint: HTMLParagraphElement;
  error: HTMLParagraphElement;
  field?: HTMLInputElement | HTMLTextAreaElement;
}

/** Draws the field the port describes and tells the port what the teacher does in it. */
export function connectField(doc: Document, port: MessagePort): void {
  const post = (message: FromFrame) => port.postMessage(message);
  const parts: Parts = {
    label: doc.createElement('label'),
    hint: doc.createElement('p'),
    error: doc.createElement('p'),
  };
  parts.label.htmlFor = 'field';
  parts.hint.id = 'hint';
  parts.hint.className = 'hint';
  parts.error.id = 'error';
  parts.error.className = 'error';
  // Announced when it appears or changes, as the panel's own errors are.
  parts.error.setAttribute('role', 'alert');
  doc.body.replaceChildren(parts.label, parts.hint, parts.error);
  const height = () => post({ type: 'height', px: Math.ceil(doc.documentElement.getBoundingClientRect().height) });
  const view = doc.defaultView;
  if (view && 'ResizeObserver' in view) new view.ResizeObserver(height).observe(doc.documentElement);
  // Focus given to the frame (the panel opening a form, a click beside the field) goes to the field.
  view?.addEventListener('focus', () => {
    if (doc.activeElement === doc.body || doc.activeElement === null) parts.field?.focus();
  });
  port.onmessage = (event: MessageEvent) => {
    if (!isToFrame(event.data)) return;
    if (event.data.type === 'focus') parts.field?.focus();
    else show(doc, parts, event.data, post);
    height();
  };
  post({ type: 'ready' });
}

function show(doc: Document, parts: Parts, state: FieldState, post: (message: FromFrame) => void): void {
  const field = fieldFor(doc, parts, state.rows, post);
  doc.documentElement.lang = state.lang;
  doc.title = state.label;
  parts.label.textContent = state.label;
  if (state.value !== undefined && state.value !== field.value) field.value = state.value;
  field.required = state.required ?? false;
  if (state.maxLength === undefined) field.removeAttribute('maxlength');
  else field.maxLength = state.maxLength;
  if (field instanceof HTMLTextAreaElement) field.rows = state.rows;
  field.autocomplete = (state.autocomplete ?? 'off') as AutoFill;
  describe(parts.hint, state.hint);
  describe(parts.error, state.error && `⚠ ${state.error}`);
  const described = [state.hint && 'hint', state.error && 'error'].filter(Boolean).join(' ');
  if (described) field.setAttribute('aria-describedby', described);
  else field.removeAttribute('aria-describedby');
  if (state.error) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

function describe(element: HTMLElement, text: string | undefined): void {
  element.textContent = text ?? '';
  element.hidden = !text;
}

/** The field of the kind asked for (one line or several), made once and kept while the kind stays. */
function fieldFor(doc: Document, parts: Parts, rows: number, post: (message: FromFrame) => void) {
  const single = rows === 0;
  if (parts.field && parts.field instanceof HTMLInputElement === single) return parts.field;
  const field = single ? doc.createElement('input') : doc.createElement('textarea');
  if (field instanceof HTMLInputElement) field.type = 'text';
  field.id = 'field';
  field.addEventListener('input', () => post({ type: 'input', value: field.value }));
  field.addEventListener('focus', () => post({ type: 'focus' }));
  field.addEventListener('blur', () => post({ type: 'blur' }));
  field.addEventListener('keydown', (keyEvent: Event) => {
    const event = keyEvent as KeyboardEvent;
    const enter = single && event.key === 'Enter' && !event.isComposing && !event.shiftKey && !event.ctrlKey && !event.altKey;
    if (event.key !== 'Escape' && !enter) return;
    event.preventDefault();
    post({ type: event.key === 'Escape' ? 'escape' : 'enter' });
  });
  if (parts.field) parts.field.replaceWith(field);
  else parts.label.after(field);
  parts.field = field;
  return field;
}
