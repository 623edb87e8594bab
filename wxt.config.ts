import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { INFOMENTOR_MATCHES } from './utils/infomentor/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    permissions: ['storage', 'alarms'],
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
