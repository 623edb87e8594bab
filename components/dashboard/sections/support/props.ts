import type { PupilChain } from '@/utils/db/queries/support';
import type { SupportApi, SupportView } from '../../support-api';

/**
 * What each part of a pupil's chain gets: the chain, the section's view, `say`, and `act`, which runs one write,
 * announces its outcome (or its error) and reloads the chain.
 */
export interface SupportStepProps {
  chain: PupilChain;
  /** For element ids: pupil ids hold spaces and other characters an id may not. */
  domId: string;
  view: SupportView;
  act: <T>(write: (api: SupportApi) => Promise<T>, said: (result: T) => string) => Promise<void>;
  /** Announces a message in the page's live region. */
  say: (message: string) => void;
}
