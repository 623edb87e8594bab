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

/**
 * Main-thread milliseconds of the extension's code in [from, to): the union of its events' intervals
 * (a call inside an evaluation is counted once), on the threads where they ran.
 */
export function mainThreadMs(events: readonly TraceEvent[], origin: string, from = -Infinity, to = Infinity): number {
  const spans = codeOf(events, origin)
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .map((event) => ({ thread: `${event.pid}:${event.tid}`, start: Math.max(event.ts, from), end: Math.min(event.ts + event.dur!, to) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => (a.thread === b.thread ? a.start - b.start : a.thread < b.thread ? -1 : 1));
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
