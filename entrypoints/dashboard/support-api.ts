import type { SupportApi } from '@/components/dashboard/support-api';
import type { InsynDatabase } from '@/utils/db/database';
import { supportChains } from '@/utils/db/queries/support';
import { isoDate } from '@/utils/domain/dates';
import { adaptationKinds } from '@/utils/domain/support-steps';
import type { send as sendToBackground } from '@/utils/messaging/client';
import { loadSettings } from '@/utils/settings/store';

/** The support chain's API: reads from the database, writes through the background (`send`, replaceable in tests). */
export function createSupportApi(db: InsynDatabase, now: () => number, send: typeof sendToBackground): SupportApi {
  return {
    async load() {
      const settings = await loadSettings(db);
      const today = isoDate(now());
      return {
        chains: await supportChains(db, today, settings.rules.support, settings.terms),
        kinds: adaptationKinds(settings.rules.support.adaptationKinds),
        teacher: settings.teacherName,
        school: settings.school,
        today,
      };
    },
    adapt: (input) => send('support/adapt', input),
    evaluate: (input) => send('support/evaluate', input),
    refer: (input) => send('support/refer', input),
    note: (input) => send('support/note', input),
  };
}
