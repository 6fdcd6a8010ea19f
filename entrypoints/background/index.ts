import { browser } from 'wxt/browser';
import { forgetTab, handleMessage } from '@/lib/background/handle';
import { useCheckerHost } from '@/lib/background/image-check';
import { closeCheckerIfIdle, startChecker } from './checker-host';

/** The background: single writer of history, the toolbar badge, the keyboard command and the context menu. */
export default defineBackground(() => {
  useCheckerHost(startChecker);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const answer = handleMessage(message, sender);
    return answer.then((value) => value, (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void closeCheckerIfIdle();
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'overlay/toggle' }).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({ id: 'analyze-selection', title: browser.i18n.getMessage('contextAnalyzeSelection'), contexts: ['selection'] });
  });
  browser.contextMenus?.onClicked.addListener((info) => {
    if (info.menuItemId !== 'analyze-selection') return;
    const url = new URL(browser.runtime.getURL('/popup.html'));
    url.searchParams.set('analyze', (info.selectionText ?? '').slice(0, 20_000));
    void browser.tabs.create({ url: url.href });
  });
});
