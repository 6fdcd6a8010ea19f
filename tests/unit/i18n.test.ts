import { expect, test } from 'vitest';
import { resolveLang, t } from '@/lib/i18n/strings';

test('the UI language follows the setting, else the browser', () => {
  expect(resolveLang('auto', 'zh-CN')).toBe('zh');
  expect(resolveLang('auto', 'en-US')).toBe('en');
  expect(resolveLang('en', 'zh-TW')).toBe('en');
});

test('strings interpolate their parameters in both languages', () => {
  expect(t('en', 'popupSiteSwitch', { site: 'chatgpt.com' })).toBe('Analyze prompts on chatgpt.com');
  expect(t('zh', 'popupSiteSwitch', { site: 'chatgpt.com' })).toBe('在 chatgpt.com 上分析提示词');
});
