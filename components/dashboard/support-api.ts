import type { PupilChain } from '@/utils/db/queries/support';
import type { RequestPayload } from '@/utils/messaging/protocol';

/** What the support chain section shows: each pupil's chain, the school's list of extra anpassningar, who signs. */
export interface SupportView {
  chains: PupilChain[];
  kinds: string[];
  teacher: string;
  school: string;
  today: string;
}

/**
 * The support chain's reads and writes. Writes are requests to the background (utils/store/support.ts
 * behind the router), so the dashboard holds no rules of the chain.
 */
export interface SupportApi {
  load(): Promise<SupportView>;
  adapt(input: RequestPayload<'support/adapt'>): Promise<{ evaluationDue: string }>;
  evaluate(input: RequestPayload<'support/evaluate'>): Promise<unknown>;
  refer(input: RequestPayload<'support/refer'>): Promise<unknown>;
  note(input: RequestPayload<'support/note'>): Promise<unknown>;
}
