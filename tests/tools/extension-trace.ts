import type { BrowserContext, Page } from 'playwright-core';

/**
 * Chromium's tracer over one page load, and what of it ran an extension's code. Shared by the
 * load-path test (counts: no Insyn script before `load`) and `npm run bench` (Insyn's main-thread time).
 * Events are V8's and Blink's own: a script's evaluation and compilation, and each call into a
 * function of it (a listener, an observer, a timer or idle callback) names the script's URL.
 */
export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid?: number;
  tid?: number;
  args?: { data?: { url?: string; isMainFrame?: boolean; isOutermostMainFrame?: boolean } };
}

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'loading', 'blink.user_timing'].join(',');

/** Traces `page` while `run` loads and uses it; returns every event. */
export async function traced(context: BrowserContext, page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

/** The top document's load event, in trace time (µs); Infinity when the trace has none. */
export function loadMark(events: readonly TraceEvent[]): number {
  const marks = events.filter((event) => event.name === 'MarkLoad');
  const top = marks.filter((event) => event.args?.data?.isOutermostMainFrame ?? event.args?.data?.isMainFrame);
  return Math.min(...(top.length ? top : marks).map((event) => event.ts));
}

/** Events that ran code of the extension `origin` (`chrome-extension://<id>/`). */
export function codeOf(events: readonly TraceEvent[], origin: string): TraceEvent[] {
  return events.filter((event) => event.args?.data?.url?.startsWith(origin));
}

/** Complete events with a duration, clipped to [from, to), as spans per thread. */
function spansOf(events: readonly TraceEvent[], from: number, to: number): { thread: string; start: number; end: number }[] {
  return events
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .map((event) => ({ thread: `${event.pid}:${event.tid}`, start: Math.max(event.ts, from), end: Math.min(event.ts + event.dur!, to) }))
    .filter((span) => span.end > span.start);
}

/** Milliseconds covered by the events' union (an event inside another is counted once), per thread. */
function unionMs(events: readonly TraceEvent[], from: number, to: number): number {
  const spans = spansOf(events, from, to).sort((a, b) => (a.thread === b.thread ? a.start - b.start : a.thread < b.thread ? -1 : 1));
  let total = 0;
  let current: { thread: string; start: number; end: number } | undefined;
  for (const span of spans) {
    if (current && current.thread === span.thread && span.start <= current.end) current.end = Math.max(current.end, span.end);
    else {
      if (current) total += current.end - current.start;
      current = { ...span };
    }
  }
  if (current) total += current.end - current.start;
  return total / 1000;
}

/**
 * Main-thread milliseconds of the extension's code in [from, to): the union of its events' intervals
 * (a call inside an evaluation is counted once), on the threads where they ran.
 */
export function mainThreadMs(events: readonly TraceEvent[], origin: string, from = -Infinity, to = Infinity): number {
  return unionMs(codeOf(events, origin), from, to);
}

/**
 * Promise continuations the trace names no script on: a microtask checkpoint (`RunMicrotasks`) is an
 * event of its own, outside the call that queued it, so the work after an `await` (a message's answer,
 * the panel drawn again) is not in `mainThreadMs`. Counted here: the checkpoints on the extension's
 * threads from its first event until `to`, beyond what its own events cover. On a page whose scripts use
 * no promises after load (the bench's pages) they are the extension's; a no-op extension shows the floor.
 */
export function continuationMs(events: readonly TraceEvent[], origin: string, to = Infinity): number {
  const own = codeOf(events, origin).filter((event) => event.ph === 'X');
  if (own.length === 0) return 0;
  const from = Math.min(...own.map((event) => event.ts));
  const threads = new Set(own.map((event) => `${event.pid}:${event.tid}`));
  const checkpoints = events.filter((event) => event.name === 'RunMicrotasks' && threads.has(`${event.pid}:${event.tid}`));
  return unionMs([...own, ...checkpoints], from, to) - unionMs(own, from, to);
}
