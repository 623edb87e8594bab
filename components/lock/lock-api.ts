import type { Responses } from '@/utils/messaging/protocol';

export type LockStatus = Responses['lock/status'];

/** What the lock's forms ask of the background (bound in entrypoints/dashboard/api.ts). */
export interface LockApi {
  status(): Promise<LockStatus>;
  set(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
}
