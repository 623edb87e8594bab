import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { useEffect, useReducer } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { Panel } from '@/components/page/Panel';
import type { FormsProps } from '@/components/page/FormsSlot';
import { createContactFlow, type ContactFlow } from '@/utils/content/contact-flow';
import type { Letter } from '@/utils/content/print-letter';
import { fakeBackground } from './fakes';
import { inlineForms } from './inline-forms';

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

/** The panel as the content script runs it: re-rendered on every change of a real contact flow. */
function LivePanel({
  flow,
  copy,
  Forms,
  now,
}: {
  flow: ContactFlow;
  copy(text: string): Promise<boolean>;
  Forms: ComponentType<FormsProps>;
  now(): Date;
}) {
  const [, repaint] = useReducer((n: number, _action: undefined) => n + 1, 0);
  useEffect(() => flow.subscribe(() => repaint(undefined)), [flow]);
  return <Panel state={flow.getState()} flow={flow} copy={copy} Forms={Forms} now={now} />;
}

export function renderPanel({
  background = fakeBackground(),
  now = new Date(2025, 10, 21, 14, 30),
  copy = async () => true,
  print = () => {},
  Forms = inlineForms(print),
}: {
  background?: ReturnType<typeof fakeBackground>;
  now?: Date;
  copy?: (text: string) => Promise<boolean>;
  print?: (letter: Letter) => void;
  /** How the open form is drawn: in the panel's tree unless a test gives the content script's slot. */
  Forms?: ComponentType<FormsProps>;
} = {}) {
  const flow = createContactFlow({ send: background.send, now: () => now });
  const view = render(<LivePanel flow={flow} copy={copy} Forms={Forms} now={() => now} />);
  return { ...view, flow, background };
}
