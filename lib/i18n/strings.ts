/** Every UI string in English and Simplified Chinese. Keys are stable; values may change. */
const en = {
  activeTitle: 'PromptLoss is active on this page',
  activeBody: 'Generated images on this page will get a report of which prompt constraints were kept or lost.',
  popupTitle: 'PromptLoss',
  popupNotSupported: 'PromptLoss runs on chatgpt.com and gemini.google.com. Open one of them to inspect its image prompts.',
  popupSiteSwitch: 'Analyze prompts on {site}',
  popupNoPairs: 'No image prompts captured in this tab yet.',
  linkHistory: 'History',
  linkOptions: 'Options',
  optionsTitle: 'PromptLoss options',
  optionsSites: 'Sites',
  optionsLanguage: 'Language',
  languageAuto: 'Follow the browser',
  historyTitle: 'PromptLoss history',
  historyEmpty: 'Nothing captured yet.',
} as const;

export type StringKey = keyof typeof en;

const zh: Record<StringKey, string> = {
  activeTitle: 'PromptLoss 已在此页面启用',
  activeBody: '此页面生成的图片会附上一份报告，显示提示词中的哪些约束被保留或丢失。',
  popupTitle: 'PromptLoss',
  popupNotSupported: 'PromptLoss 在 chatgpt.com 和 gemini.google.com 上运行。打开其中一个网站即可查看图片提示词。',
  popupSiteSwitch: '在 {site} 上分析提示词',
  popupNoPairs: '此标签页尚未捕获到图片提示词。',
  linkHistory: '历史记录',
  linkOptions: '选项',
  optionsTitle: 'PromptLoss 选项',
  optionsSites: '网站',
  optionsLanguage: '语言',
  languageAuto: '跟随浏览器',
  historyTitle: 'PromptLoss 历史记录',
  historyEmpty: '尚未捕获任何内容。',
};

export type Lang = 'en' | 'zh';
const TABLES: Record<Lang, Record<StringKey, string>> = { en, zh };

/** Resolves the UI language from the setting and the browser's language tag. */
export function resolveLang(setting: 'auto' | Lang, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
