import { defineConfig } from 'wxt';

// Host access is limited to the two sites PromptLoss reads. Everything else (image hosts for the
// image checks) is an optional permission requested when first used.
const SITES = ['https://chatgpt.com/*', 'https://chat.openai.com/*', 'https://gemini.google.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Firefox's source package: the code that builds the extension, without test fixtures and generated output.
  zip: { excludeSources: ['tests/**', 'docs/**', 'demo-output/**', 'tmp/**', '.promptloss-profile/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandToggleOverlay__' },
    },
    host_permissions: SITES,
    // Image hosts of older ChatGPT (DALL-E) and of Gemini: asked for only when the user sends an image to a check.
    optional_host_permissions: ['https://*.oaiusercontent.com/*', 'https://*.googleusercontent.com/*'],
    action: { default_title: 'PromptLoss' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'promptloss@promptloss.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
