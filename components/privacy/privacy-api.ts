import type { PupilRecord } from '@/utils/db/records';
import type { PupilErasure } from '@/utils/store/erase';
import type { PrivacyOverview } from '@/utils/privacy/overview';

/**
 * What the privacy section reads and erases. The section gets it as a prop and holds no database code;
 * entrypoints/dashboard/privacy-api.ts binds it to the extension's database.
 */
export interface PrivacyApi {
  overview(): Promise<PrivacyOverview>;
  pupils(): Promise<PupilRecord[]>;
  erasePupil(pupilId: string): Promise<PupilErasure>;
  eraseEverything(): Promise<void>;
}
