import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { browserTabs, createReaderMenu, handleCommand, handleMenuClick } from '@/utils/background/reader';
import { backgroundT } from '@/utils/background/strings';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createReaderMenu(browser.contextMenus, backgroundT('readerMenu')));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(browserTabs, command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(browserTabs, info.menuItemId, tab));
});
