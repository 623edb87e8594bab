import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { INFOMENTOR_MATCHES } from './utils/infomentor/hosts';
import { inPageCatalogue } from './utils/content/in-page-messages';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
  }),
  hooks: {
    // The content script gets only the in-page messages (utils/content/in-page-messages.ts): inside
    // InfoMentor's page every kilobyte counts, and the dashboard's strings are never shown there.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'insyn-in-page-messages',
          enforce: 'pre',
          transform(code: string, id: string) {
            return /_locales[\\/](sv|en)[\\/]messages\.json$/.test(id) ? { code: inPageCatalogue(code), map: null } : undefined;
          },
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    // unlimitedStorage also exempts the database from eviction when the disk runs low (Chrome refuses
    // navigator.storage.persist() for extensions without it).
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Asked for only when the teacher switches daily notifications on in settings.
    optional_permissions: ['notifications'],
    host_permissions: INFOMENTOR_MATCHES,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'insyn@insyn-extension.se',
              // 140 is the first Firefox that understands data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions later (142); web-ext lint warns otherwise.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
