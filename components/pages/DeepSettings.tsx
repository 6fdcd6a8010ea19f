import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pt } from '@/lib/i18n/pages';
import type { Lang } from '@/lib/i18n/strings';
import { deepApiKey, deepSettings, DeepModeSchema, readDeepSettings, type DeepSettings } from '@/lib/store/settings';

/** The opt-in Gemini analysis: key (masked), model, mode, and a test call made by the background. */
export function DeepSettingsSection({ lang }: { lang: Lang }) {
  const [settings, setSettings] = useState<DeepSettings | null>(null);
  const [key, setKey] = useState('');
  const [visible, setVisible] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  useEffect(() => {
    void readDeepSettings().then(setSettings);
    void deepApiKey.getValue().then((value) => setKey(value ?? ''));
  }, []);
  if (!settings) return null;
  const save = (next: DeepSettings) => {
    setSettings(next);
    void deepSettings.setValue(next);
  };
  return (
    <div className="pl-card pl-deep-settings">
      <p className="pl-muted">{pt(lang, 'deepBody')}</p>
      <div className="pl-deep-row">
        <label htmlFor="pl-deep-mode">{pt(lang, 'deepMode')}</label>
        <select id="pl-deep-mode" data-deep-mode="" value={settings.mode}
          onChange={(event) => save({ ...settings, mode: DeepModeSchema.catch('off').parse(event.target.value) })}>
          <option value="off">{pt(lang, 'deepModeOff')}</option>
          <option value="on-demand">{pt(lang, 'deepModeOnDemand')}</option>
          <option value="automatic">{pt(lang, 'deepModeAutomatic')}</option>
        </select>
      </div>
      <div className="pl-deep-row">
        <label htmlFor="pl-deep-key">{pt(lang, 'deepKey')}</label>
        <input id="pl-deep-key" data-deep-key="" type={visible ? 'text' : 'password'} autoComplete="off" spellCheck={false}
          value={key} onChange={(event) => setKey(event.target.value.trim())} />
        <button type="button" className="pl-button" onClick={() => setVisible(!visible)}>{pt(lang, visible ? 'deepHide' : 'deepShow')}</button>
        <button type="button" className="pl-button" data-deep-save="" onClick={async () => {
          await deepApiKey.setValue(key);
          setNote({ ok: true, text: pt(lang, 'deepSaved') });
        }}>{pt(lang, 'deepSave')}</button>
        <button type="button" className="pl-button" data-deep-test="" disabled={testing || !key} onClick={async () => {
          setTesting(true);
          await deepApiKey.setValue(key);
          const answer = (await browser.runtime.sendMessage({ type: 'deep/test-key' }).catch(() => ({ ok: false, error: 'no answer' }))) as { ok: boolean; error?: string };
          setTesting(false);
          setNote(answer.ok ? { ok: true, text: pt(lang, 'deepTestOk') } : { ok: false, text: answer.error ?? 'failed' });
        }}>{pt(lang, testing ? 'deepTesting' : 'deepTest')}</button>
      </div>
      <p className="pl-muted">{pt(lang, 'deepKeyHint')}</p>
      <div className="pl-deep-row">
        <button type="button" className="pl-button" data-deep-hosts="" onClick={async () => {
          // Optional host access, asked for on a click (the only place the browser allows it).
          const granted = await browser.permissions.request({ origins: ['https://*.oaiusercontent.com/*', 'https://*.googleusercontent.com/*'] }).catch(() => false);
          setNote(granted ? { ok: true, text: pt(lang, 'deepHostsGranted') } : { ok: false, text: 'not granted' });
        }}>{pt(lang, 'deepHosts')}</button>
      </div>
      <div className="pl-deep-row">
        <label htmlFor="pl-deep-model">{pt(lang, 'deepModel')}</label>
        <input id="pl-deep-model" data-deep-model="" type="text" value={settings.model}
          onChange={(event) => setSettings({ ...settings, model: event.target.value })}
          onBlur={() => save({ ...settings, model: settings.model.trim() || 'gemini-flash-latest' })} />
      </div>
      {note ? <p role="status" data-deep-note={note.ok ? 'ok' : 'error'} className={note.ok ? 'pl-ok' : 'pl-error'}>{note.text}</p> : null}
    </div>
  );
}
