import type { Responses } from '@/utils/messaging/protocol';

export type LockStatus = Responses['lock/status'];

/** What the lock's forms ask of the background (bound in entrypoints/dashboard/api.ts). */
export interface LockApi {
  status(): Promise<LockStatus>;
  set(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  /** "Ta bort låset": with the passphrase; refused while the school requires the lock. */
  remove(passphrase: string): Promise<void>;
  /** "Lås nu": closes the lock here and everywhere at once. */
  close(): Promise<void>;
  /** The teacher is at work in the dashboard: the idle lock counts from now. */
  touch(): Promise<void>;
}
