import { createContext, type Ref } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Field } from '@/components/common/Field';
import { openFieldChannel, type FieldChannel, type FieldPageAddress } from '@/utils/content/field-channel';
import type { FieldState, FromFrame } from '@/utils/field/protocol';
import { getLanguage, t } from '@/utils/i18n';

/**
 * The address of Insyn's field page (field.html), given by the content script. Without it (the panel in
 * a unit test, or any page that is not InfoMentor's) the fields are drawn in the panel's own root.
 */
export const FieldPage = createContext<FieldPageAddress | undefined>(undefined);

export interface SealedTextProps {
  /** The id the form focuses (the iframe's, or the field's own when it is drawn in the panel). */
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** 0: one line; more: that many rows. */
  rows?: number;
  hint?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  autocomplete?: string;
  /** Escape in the field (the keys typed in a frame never reach the form's own listener). */
  onEscape?(): void;
  /** Enter in a one-line field in a frame: what submitting its form does (in the root, the form submits itself). */
  onEnter?(): void;
  fieldRef?: Ref<HTMLElement>;
  /** More descriptions in the panel (a warning beside the field); a field in a frame cannot point out of it. */
  describedBy?: string;
}

/**
 * A text field of the panel where InfoMentor's page cannot hear it: drawn in an extension-origin frame
 * (utils/field/frame.ts) whose keys stay in the frame's own document. The value lives here, in the form's
 * state, as with any field; a frame that does not start (a page's CSP) gives way to the in-root field.
 */
export function SealedText(props: SealedTextProps) {
  const page = useContext(FieldPage);
  const [failed, setFailed] = useState(false);
  if (page && !failed) return <FramedText {...props} page={page} onFailed={() => setFailed(true)} />;
  return <InlineText {...props} note={page ? t('panelFieldNotSealed') : undefined} />;
}

const stateOf = (props: SealedTextProps): FieldState => ({
  type: 'state',
  label: props.label,
  lang: getLanguage(),
  rows: props.rows ?? 0,
  ...(props.hint ? { hint: props.hint } : {}),
  ...(props.error ? { error: props.error } : {}),
  ...(props.required ? { required: true } : {}),
  ...(props.maxLength === undefined ? {} : { maxLength: props.maxLength }),
  ...(props.autocomplete ? { autocomplete: props.autocomplete } : {}),
});

/** Roughly the frame's content before it says its height: no jump on the first frame load. */
const firstHeight = (rows: number) => 34 + 21 * Math.max(rows, 1) + (rows === 0 ? 8 : 0);

function FramedText(props: SealedTextProps & { page: FieldPageAddress; onFailed(): void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const channel = useRef<FieldChannel>(undefined);
  // Values the frame reported: a render with one of them is the teacher's typing coming back (perhaps
  // an older keystroke's, rendered after a newer one arrived), never sent back over it.
  const typed = useRef(new Set<string>());
  const latest = useRef(props);
  latest.current = props;
  const [height, setHeight] = useState(() => firstHeight(props.rows ?? 0));
  const [ready, setReady] = useState(false);
  // The field in the frame has focus (what it says, as a frame's own focus moves a moment after a click).
  const [focused, setFocused] = useState(false);
  useLayoutEffect(() => {
    const onMessage = (message: FromFrame) => {
      const now = latest.current;
      if (message.type === 'input') {
        if (typed.current.size > 500) typed.current.clear();
        typed.current.add(message.value);
        now.onInput(message.value);
      } else if (message.type === 'height') setHeight(message.px);
      else if (message.type === 'ready') setReady(true);
      else if (message.type === 'focus' || message.type === 'blur') setFocused(message.type === 'focus');
      else if (message.type === 'escape') now.onEscape?.();
      else if (message.type === 'enter') now.onEnter?.();
    };
    channel.current = openFieldChannel(frame.current!, { ...props.page, onMessage, onFailed: () => latest.current.onFailed() });
    return () => channel.current?.close();
  }, [props.page]);
  const state = stateOf(props);
  const key = JSON.stringify(state);
  useEffect(() => channel.current?.send(state), [key]);
  useEffect(() => {
    if (typed.current.has(props.value)) return;
    // The panel changed the text (another template, the signature filled in): the frame shows it.
    typed.current.clear();
    channel.current?.send({ ...state, value: props.value });
  }, [props.value]);
  const setRef = (element: HTMLIFrameElement | null) => {
    frame.current = element;
    if (typeof props.fieldRef === 'function') props.fieldRef(element);
    else if (props.fieldRef) props.fieldRef.current = element;
  };
  return (
    <iframe
      ref={setRef}
      id={props.id}
      class="sealed"
      title={props.label}
      data-insyn-field={props.rows ? 'textarea' : 'input'}
      data-insyn-ready={ready ? '' : undefined}
      data-insyn-focused={focused ? '' : undefined}
      style={{ height: `${height}px` }}
      // Focus given to the iframe (a form opening, a field with an error) goes on to the field in it.
      onFocus={() => channel.current?.send({ type: 'focus' })}
    />
  );
}

/** The same field in the panel's root: for the panel outside InfoMentor, and where the frame cannot load. */
function InlineText(props: SealedTextProps & { note?: string }) {
  const { id, label, value, onInput, rows = 0, error, required, maxLength, autocomplete = 'off', fieldRef } = props;
  const hint = [props.hint, props.note].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} label={label} hint={hint} error={error} announce>
      {(described) => {
        const a11y = {
          ...described,
          'aria-describedby': [described['aria-describedby'], props.describedBy].filter(Boolean).join(' ') || undefined,
        };
        return rows > 0 ? (
          <textarea
            {...a11y}
            ref={fieldRef as Ref<HTMLTextAreaElement>}
            rows={rows}
            required={required}
            maxLength={maxLength}
            value={value}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        ) : (
          <input
            {...a11y}
            ref={fieldRef as Ref<HTMLInputElement>}
            type="text"
            required={required}
            maxLength={maxLength}
            autoComplete={autocomplete}
            value={value}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        );
      }}
    </Field>
  );
}
