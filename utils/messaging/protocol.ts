import { z } from 'zod';
import { PageAnalysisSchema } from '../infomentor/analysis';

/**
 * Every message the background accepts: its name and the zod schema of its payload. The background
 * parses each payload with this schema before any handler sees it (see router.ts). Operations are
 * intents ("this page was read", "log this contact"), never raw database access.
 */
const url = z.string().max(4096).refine((u) => /^https?:\/\//.test(u), 'not a web address');

export const requestSchemas = {
  /** The content script read a page (kind may be "unknown"). */
  'page/read': z.object({ url, title: z.string().max(500).optional(), analysis: PageAnalysisSchema }),
  /** The content script failed to read a page; shown in the popup, never in the page. */
  'page/failed': z.object({ url, message: z.string().max(500) }),
  /** The popup asks what the given tab showed. */
  'tab/status': z.object({ tabId: z.number().int().nonnegative() }),
  /** Counts for the popup and the dashboard overview. */
  'stats/get': z.object({}),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<K extends RequestType> = z.input<(typeof requestSchemas)[K]>;

export const TabStatusSchema = z.object({
  url,
  at: z.number(),
  kind: PageAnalysisSchema.shape.kind,
  pupils: z.number().int(),
  atRisk: z.number().int(),
  error: z.string().optional(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

export interface Stats {
  visits: number;
  pupils: number;
  openRisks: number;
  openItems: number;
  overdueItems: number;
}

/** What each request answers. */
export interface Responses {
  'page/read': { stored: boolean };
  'page/failed': { stored: boolean };
  'tab/status': TabStatus | null;
  'stats/get': Stats;
}

export const EnvelopeSchema = z.object({
  insyn: z.literal(1),
  type: z.string().max(64),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
