import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentMatches } from './utils/engine/hosts/matches';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: contentMatches,
    commands: {
      'open-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_cmdOpenReader__' },
    },
  },
});
