import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { INFOMENTOR_MATCHES } from './utils/infomentor/hosts';
import { inPageCatalogueModule } from './utils/content/in-page-messages';
import { MANAGED_SCHEMA_FILE, managedSchema } from './utils/settings/managed-schema';
import { FIELD_PAGE } from './utils/field/protocol';

/**
 * Chrome's extension id comes from this public key, so a school's policy can name Insyn
 * (beeblmjppjgppjcpbnefkfafgjnldcmj, docs/deployment.md) in every build, unpacked too. The Chrome Web Store
 * refuses a package with a key and keeps its own: `npm run zip` leaves it out (INSYN_STORE, docs/releasing.md).
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxBr/flaepXHhgDM4Owkm8Y0Vyv7+sufZJ0umzj6vljBt2Kk6+LrJPdnskZOnp5DaJ+6PuUkMbCb3ohbRptaypEx9S/D6i5RatRdRK37JHVpzuqSUMSHaqjPYyug75QeVjP2cAJC9qcusRkgC4tdjD8ouB3pbe8oOQTBZUoH43O9MpqdvNxJn7zWEtbwv3mJkePOlRyj4qwPW9yuD/bV6zG1LolfJ3Jw0nrfB/GJgH0ngGbIRVPOInPCp/QDvNP9LxrPL6Ir2zLd0vdRmo1igB+IdIinct04ifD6tNdpVlrFNzFEJls7hVDIkZP7MQNqmVCCwrLqilw5Jr8LBgUV1SwIDAQAB';

/** `npm run zip` makes the store packages (docs/releasing.md): without the key, apart from the tests' builds. */
const STORE = Boolean(process.env.INSYN_STORE);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: STORE ? '.output/store' : '.output',
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
  }),
  hooks: {
    // Chrome reads a school's managed settings against this schema (utils/settings/managed-schema.ts).
    'build:publicAssets'(wxt, files) {
      if (wxt.config.browser !== 'firefox')
        files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: JSON.stringify(managedSchema(), null, 2) });
    },
    // The content script carries no messages: the background hands it the in-page ones of both languages
    // when it starts it (utils/content/in-page-messages.ts); inside InfoMentor's page every kilobyte counts.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const LOCALE = /_locales[\\/](sv|en)[\\/]messages\.json$/;
      const VIRTUAL = '\0insyn-in-page-messages:';
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'insyn-in-page-messages',
          enforce: 'pre',
          resolveId(id: string) {
            const lang = LOCALE.exec(id)?.[1];
            return lang ? `${VIRTUAL}${lang}` : undefined;
          },
          load(id: string) {
            return id.startsWith(VIRTUAL) ? inPageCatalogueModule(id.slice(VIRTUAL.length)) : undefined;
          },
        },
        // The browser's own extension API (WXT's @wxt-dev/browser), not webextension-polyfill (2.7 KB gzip):
        // Firefox has `browser`, and Chrome's MV3 `chrome` answers with promises for every call the content
        // script makes (runtime.sendMessage, storage.local); its message listeners answer synchronously.
        {
          name: 'insyn-native-browser-api',
          enforce: 'pre',
          resolveId(id: string) {
            return id === '@wxt-dev/webextension-polyfill/browser' ? this.resolve('@wxt-dev/browser') : undefined;
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
    // scripting starts the content script once an InfoMentor tab has loaded (utils/background/inject-content.ts);
    // neither browser shows the teacher a warning for it, and it reaches only the hosts below.
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting'],
    // Asked for only when the teacher switches daily notifications on in settings.
    optional_permissions: ['notifications'],
    host_permissions: INFOMENTOR_MATCHES,
    // The panel's text fields are drawn in this page, in frames InfoMentor's scripts cannot hear
    // (utils/field/frame.ts): Insyn's one web-accessible resource, for InfoMentor only. Chrome's URL
    // changes every session (use_dynamic_url), Firefox's holds the install's own UUID: neither is guessable.
    web_accessible_resources:
      browser === 'firefox' ? [FIELD_PAGE] : [{ resources: [FIELD_PAGE], matches: INFOMENTOR_MATCHES, use_dynamic_url: true }],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          // Firefox takes a school's managed settings from its policies.json (3rdparty.Extensions.<gecko id>).
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
      : {
          storage: { managed_schema: MANAGED_SCHEMA_FILE },
          ...(STORE ? {} : { key: EXTENSION_KEY }),
        }),
  }),
});
