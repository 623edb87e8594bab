import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { configure as configurePreact } from '@testing-library/preact';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/utils/i18n';

// findBy and waitFor wait for what must come, however loaded the machine (CI has two cores): a time limit
// here catches a hang, not slowness, as vitest.config.ts's testTimeout does.
// @testing-library/preact brings its own copy of the DOM library: both are told.
configure({ asyncUtilTimeout: 10_000 });
configurePreact({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('sv');
});
