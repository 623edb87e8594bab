import { z } from 'zod';
import { startBackground } from '@/utils/background/start';
import { startContentAfterLoad } from '@/utils/background/inject-content';
import { startWhenDue } from '@/utils/background/start-when-due';
import { getDatabase } from '@/utils/db/database';

// zod's JIT probes `new Function`, which MV3's content security policy forbids.
z.config({ jitless: true });

export default defineBackground(() => {
  const db = getDatabase();
  startContentAfterLoad({ startAnyway: startWhenDue(db) });
  void startBackground(db);
});
