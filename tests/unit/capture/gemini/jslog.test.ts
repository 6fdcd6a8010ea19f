import { describe, expect, it } from 'vitest';
import { decodeJslogIds } from '../../../../lib/capture/gemini/jslog.ts';
import { fixtureJson } from './fixtures.ts';

const samples = fixtureJson<Record<string, string>>('jslog.json');

describe('jslog ids', () => {
  it('decodes the base64 BardVeMetadataKey Gemini writes in 2026', () => {
    expect(decodeJslogIds(samples.base64Today)).toEqual({
      responseId: 'r_125c18fcc28d0810',
      conversationId: 'c_7c496aa384bede38',
      choiceId: 'rc_d1b6e20e193e83d1',
      format: 'base64',
    });
  });

  it('decodes the literal JSON form it wrote before, also HTML-escaped and trimmed', () => {
    expect(decodeJslogIds(samples.jsonBefore)).toEqual({
      responseId: 'r_125c18fcc28d0810',
      conversationId: 'c_7c496aa384bede38',
      choiceId: null,
      format: 'json',
    });
    expect(decodeJslogIds(samples.jsonEscaped)).toEqual({
      responseId: 'r_22875031e2338ff8',
      conversationId: 'c_62e380bf01a600ee',
      choiceId: 'rc_930ab8f63edfb94c',
      format: 'json',
    });
    expect(decodeJslogIds(samples.jsonTrimmed)).toMatchObject({
      responseId: 'r_e05b3acccae0146e',
      conversationId: 'c_d84d56201036955d',
    });
  });

  it('decodes URL-safe base64 without padding and a sidebar row', () => {
    expect(decodeJslogIds(samples.base64UrlNoPad)).toEqual({
      responseId: 'r_e05b3acccae0146e',
      conversationId: 'c_d84d56201036955d',
      choiceId: 'rc_30be61f22fe21994',
      format: 'base64',
    });
    expect(decodeJslogIds(samples.sidebar)).toEqual({
      responseId: null,
      conversationId: 'c_b048403da36b0a23',
      choiceId: null,
      format: 'json',
    });
  });

  it('returns null when there are no ids', () => {
    for (const name of ['junk', 'card', 'noKey', 'modeItem']) expect(decodeJslogIds(samples[name]), name).toBeNull();
    for (const junk of [null, undefined, '', ';;;', 'BardVeMetadataKey:', 'BardVeMetadataKey:[[', 'BardVeMetadataKey:////////'])
      expect(decodeJslogIds(junk)).toBeNull();
  });
});
