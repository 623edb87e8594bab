import type { PrivacyApi } from '@/components/privacy/privacy-api';
import type { InsynDatabase } from '@/utils/db/database';
import { listPupils } from '@/utils/db/queries/pupils';
import { eraseEverything, erasePupil } from '@/utils/store/erase';
import { loadPrivacyOverview } from '@/utils/privacy/overview';
import { forgetPagesNaming } from '@/utils/tabs/tab-status';

/** The privacy section's data, bound to the extension's database. */
export function createPrivacyApi(db: InsynDatabase, now: () => number = Date.now): PrivacyApi {
  return {
    overview: () => loadPrivacyOverview(db, now()),
    pupils: () => listPupils(db),
    erasePupil: (pupilId) => erasePupil(db, pupilId, forgetPagesNaming),
    eraseEverything: () => eraseEverything(db),
  };
}
