import type { InsynDatabase } from '../db/database';
import { readStats } from '../db/stats';
import { recordVisit } from '../db/visits';
import { isoDate } from '../dates';
import type { Handlers } from '../messaging/router';
import { loadTabStatus, saveTabStatus } from '../tabs/tab-status';

/** The background's answers to each request. Payloads arrive already checked by the router. */
export function createHandlers(db: InsynDatabase): Handlers {
  return {
    async 'page/read'({ url, analysis }, sender) {
      const at = Date.now();
      const summary = { url, at, kind: analysis.kind, pupils: analysis.pupils.length, atRisk: analysis.atRisk.length };
      await recordVisit(db, summary);
      if (sender.tab?.id !== undefined) await saveTabStatus(sender.tab.id, summary);
      return { stored: true, risks: [] };
    },
    async 'page/failed'({ url, message }, sender) {
      const summary = { url, at: Date.now(), kind: 'unknown' as const, pupils: 0, atRisk: 0, error: message };
      await recordVisit(db, summary);
      if (sender.tab?.id !== undefined) await saveTabStatus(sender.tab.id, summary);
      return { stored: true };
    },
    'tab/status': ({ tabId }) => loadTabStatus(tabId),
    'stats/get': () => readStats(db, isoDate()),
    'risk/postpone': () => Promise.reject(new Error('not yet built')),
    'risk/dismiss': () => Promise.reject(new Error('not yet built')),
    'contact/log': () => Promise.reject(new Error('not yet built')),
    'drafting/get': () => Promise.reject(new Error('not yet built')),
  };
}
