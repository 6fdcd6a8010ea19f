/** The background: single writer of history, owner of settings and (later) of the Gemini API key. */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    /* nothing to migrate yet */
  });
});
