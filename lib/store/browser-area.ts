import { browser } from 'wxt/browser';
import type { KeyValueArea } from './history';

/** The extension's local storage as the history's key-value area (never synced). */
export const localArea: KeyValueArea = {
  get: (keys) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};
