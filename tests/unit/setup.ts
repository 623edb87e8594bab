import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/utils/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('sv');
});
