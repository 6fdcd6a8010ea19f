import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSiteToggles, readUiLanguage, siteOfHost, siteToggles, uiLanguage } from '@/lib/store/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  test('every site is on until the user switches it off', async () => {
    expect(await readSiteToggles()).toEqual({ 'chatgpt.com': true, 'chat.openai.com': true, 'gemini.google.com': true });
    await siteToggles.setValue({ 'chatgpt.com': false, 'chat.openai.com': true, 'gemini.google.com': true });
    expect((await readSiteToggles())['chatgpt.com']).toBe(false);
  });

  test('a corrupted stored value falls back instead of breaking the UI', async () => {
    await fakeBrowser.storage.local.set({ 'settings.sites': { 'chatgpt.com': 'yes' }, 'settings.uiLanguage': 'fr' });
    expect((await readSiteToggles())['chatgpt.com']).toBe(true);
    expect(await readUiLanguage()).toBe('auto');
    await uiLanguage.setValue('zh');
    expect(await readUiLanguage()).toBe('zh');
  });

  test('only the three sites are ours', () => {
    expect(siteOfHost('chatgpt.com')).toBe('chatgpt.com');
    expect(siteOfHost('gemini.google.com')).toBe('gemini.google.com');
    expect(siteOfHost('evil-chatgpt.com')).toBeNull();
  });
});
