import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_RETENTION, Retention } from './history';

/** The sites PromptLoss runs on; each can be switched off on its own. */
export const SITE_IDS = ['chatgpt.com', 'chat.openai.com', 'gemini.google.com'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SiteTogglesSchema = z.object({
  'chatgpt.com': z.boolean(),
  'chat.openai.com': z.boolean(),
  'gemini.google.com': z.boolean(),
});
export type SiteToggles = z.infer<typeof SiteTogglesSchema>;
const ALL_ON: SiteToggles = { 'chatgpt.com': true, 'chat.openai.com': true, 'gemini.google.com': true };

export const UiLanguageSchema = z.enum(['auto', 'en', 'zh']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** Reads a stored value through its schema; anything invalid falls back instead of breaking the UI. */
function validated<T>(schema: z.ZodType<T>, fallback: T) {
  return (value: unknown): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
}

export const siteToggles = storage.defineItem<SiteToggles>('local:settings.sites', {
  fallback: ALL_ON,
  version: 1,
});

export const uiLanguage = storage.defineItem<UiLanguage>('local:settings.uiLanguage', {
  fallback: 'auto',
  version: 1,
});

export async function readSiteToggles(): Promise<SiteToggles> {
  return validated(SiteTogglesSchema, ALL_ON)(await siteToggles.getValue());
}

export async function readUiLanguage(): Promise<UiLanguage> {
  return validated(UiLanguageSchema, 'auto')(await uiLanguage.getValue());
}

/** Which of our sites a hostname belongs to, if any. */
export function siteOfHost(hostname: string): SiteId | null {
  return (SITE_IDS as readonly string[]).includes(hostname) ? (hostname as SiteId) : null;
}

export const BADGE_STATUSES = ['lost', 'altered', 'unbound', 'kept'] as const;
export const BadgeStatusesSchema = z.array(z.enum(BADGE_STATUSES));
/** Which statuses the in-page badge counts. */
export const badgeStatuses = storage.defineItem<string[]>('local:settings.badgeStatuses', {
  fallback: [...BADGE_STATUSES],
  version: 1,
});
export async function readBadgeStatuses(): Promise<Set<string>> {
  return new Set(validated(BadgeStatusesSchema, [...BADGE_STATUSES])(await badgeStatuses.getValue()));
}

export const retention = storage.defineItem<Retention>('local:settings.retention', { fallback: DEFAULT_RETENTION, version: 1 });
export async function readRetention(): Promise<Retention> {
  return validated(Retention, DEFAULT_RETENTION)(await retention.getValue());
}

/** Deep analysis with the user's own Gemini API key: off by default; the key stays in local storage and the background. */
export const DeepModeSchema = z.enum(['off', 'on-demand', 'automatic']);
export type DeepMode = z.infer<typeof DeepModeSchema>;
export const DeepSettingsSchema = z.object({
  mode: DeepModeSchema,
  model: z.string().min(1).max(100),
  /** The user saw what is sent, and to whom, and agreed. */
  consented: z.boolean(),
});
export type DeepSettings = z.infer<typeof DeepSettingsSchema>;
export const DEFAULT_DEEP: DeepSettings = { mode: 'off', model: 'gemini-flash-latest', consented: false };
export const deepSettings = storage.defineItem<DeepSettings>('local:settings.deep', { fallback: DEFAULT_DEEP, version: 1 });
export async function readDeepSettings(): Promise<DeepSettings> {
  return validated(DeepSettingsSchema, DEFAULT_DEEP)(await deepSettings.getValue());
}
/** Read only by the background and the options page; never sent to a page or a content script. */
export const deepApiKey = storage.defineItem<string>('local:secret.geminiApiKey', { fallback: '', version: 1 });
/** A test may point the client at a local stand-in; unset in normal use. */
export const deepBaseUrl = storage.defineItem<string>('local:settings.deepBaseUrl', { fallback: '', version: 1 });

/** The local image checks (text read in the image, format): automatic by default, nothing leaves the browser. */
export const ImageChecksSchema = z.enum(['automatic', 'on-demand', 'off']);
export type ImageChecks = z.infer<typeof ImageChecksSchema>;
export const imageChecks = storage.defineItem<ImageChecks>('local:settings.imageChecks', { fallback: 'automatic', version: 1 });
export async function readImageChecks(): Promise<ImageChecks> {
  return validated(ImageChecksSchema, 'automatic')(await imageChecks.getValue());
}
