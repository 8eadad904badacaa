import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { allSitesOrigins } from './utils/all-sites';
import { contentMatches } from './utils/engine/hosts/matches';
import { spinWordsPlugin } from './utils/engine/text/spin-words-plugin';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact(), spinWordsPlugin()] }),
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: contentMatches,
    // Asked for only when the user turns on "clean recognised pages on every site" (utils/all-sites.ts).
    // WXT drops optional_host_permissions from an MV2 build without moving it: there the origins are
    // optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: allSitesOrigins } : { optional_host_permissions: allSitesOrigins }),
    // A fixed add-on id, so that Firefox keeps the add-on's storage across reinstalls and the Firefox e2e
    // can pin its moz-extension:// address (extensions.webextensions.uuids) before the browser starts.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'jingdu@jingdu' } } } : {}),
    commands: {
      'open-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_cmdOpenReader__' },
    },
  }),
});
