import { z } from 'zod';
import { createHandlers } from '@/utils/background/handlers';
import { getDatabase } from '@/utils/db/database';
import { listen } from '@/utils/messaging/router';
import { forgetTab } from '@/utils/tabs/tab-status';

// zod's JIT probes `new Function`, which MV3's content security policy forbids.
z.config({ jitless: true });

export default defineBackground(() => {
  const db = getDatabase();
  listen(createHandlers(db));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
