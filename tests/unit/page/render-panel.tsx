import { afterEach } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { useEffect, useReducer } from 'preact/hooks';
import { Panel } from '@/components/page/Panel';
import { createContactFlow, type ContactFlow } from '@/utils/content/contact-flow';
import type { Letter } from '@/utils/content/print-letter';
import { fakeBackground } from './fakes';

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

/** The panel as the content script runs it: re-rendered on every change of a real contact flow. */
function LivePanel({
  flow,
  copy,
  print,
  now,
}: {
  flow: ContactFlow;
  copy(text: string): Promise<boolean>;
  print(letter: Letter): void;
  now(): Date;
}) {
  const [, repaint] = useReducer((n: number, _action: undefined) => n + 1, 0);
  useEffect(() => flow.subscribe(() => repaint(undefined)), [flow]);
  return <Panel state={flow.getState()} flow={flow} copy={copy} print={print} now={now} />;
}

export function renderPanel({
  background = fakeBackground(),
  now = new Date(2025, 10, 21, 14, 30),
  copy = async () => true,
  print = () => {},
}: {
  background?: ReturnType<typeof fakeBackground>;
  now?: Date;
  copy?: (text: string) => Promise<boolean>;
  print?: (letter: Letter) => void;
} = {}) {
  const flow = createContactFlow({ send: background.send, now: () => now });
  const view = render(<LivePanel flow={flow} copy={copy} print={print} now={() => now} />);
  return { ...view, flow, background };
}
