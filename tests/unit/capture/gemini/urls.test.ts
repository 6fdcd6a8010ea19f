import { describe, expect, it } from 'vitest';
import {
  classifyRequestUrl,
  conversationIdFromPath,
  historyConversationIdFromBody,
  isHistoryRequestUrl,
  routeFromPath,
  rpcCallsFromBatchexecuteBody,
} from '../../../../lib/capture/gemini/urls.ts';
import { fixture } from './fixtures.ts';

describe('page routes', () => {
  it.each([
    ['/app', null],
    ['/app?hl=en', null],
    ['/app/d84d56201036955d', 'c_d84d56201036955d'],
    ['/app/d84d56201036955d?hl=zh-CN#x', 'c_d84d56201036955d'],
    ['/app/c_d84d56201036955d', 'c_d84d56201036955d'],
    ['/u/1/app/d84d56201036955d', 'c_d84d56201036955d'],
    ['https://gemini.google.com/u/2/app/d84d56201036955d', 'c_d84d56201036955d'],
    ['/gem/coding-partner/d84d56201036955d', 'c_d84d56201036955d'],
    ['/u/1/gem/9a8b7c6d5e4f/d84d56201036955d', 'c_d84d56201036955d'],
    ['/gem/coding-partner', null],
    ['/gems/edit/1a2b3c', null],
    ['/share/c2a6a6436942', null],
    ['/app/not-an-id', null],
    ['https://business.gemini.google/app/d84d56201036955d', null],
    ['https://example.com/app/d84d56201036955d', null],
    ['', null],
  ])('%s → %s', (path, id) => {
    expect(conversationIdFromPath(path)).toBe(id);
  });

  it('says what kind of page it is', () => {
    expect(routeFromPath('/u/1/app')).toMatchObject({ kind: 'new-chat', accountIndex: 1 });
    expect(routeFromPath('/gem/coding-partner')).toMatchObject({ kind: 'gem-new', gemId: 'coding-partner' });
    expect(routeFromPath('/gem/g1/d84d56201036955d')).toMatchObject({ kind: 'gem-conversation', gemId: 'g1' });
    expect(routeFromPath('/gems/create')).toMatchObject({ kind: 'gem-editor', gemId: null });
    expect(routeFromPath('/gems/edit/abc')).toMatchObject({ kind: 'gem-editor', gemId: 'abc' });
    expect(routeFromPath('/share/c2a6a6436942')).toMatchObject({ kind: 'share', shareId: 'c2a6a6436942' });
    expect(routeFromPath('/library')).toMatchObject({ kind: 'other' });
  });
});

describe('request URLs', () => {
  it('recognises StreamGenerate, with and without an account prefix', () => {
    expect(
      classifyRequestUrl(
        'https://gemini.google.com/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?bl=boq_assistant-bard-web-server_20260525.09_p0&f.sid=-123&hl=en&_reqid=1234567&rt=c',
      ),
    ).toEqual({ kind: 'stream-generate', accountIndex: null });
    expect(classifyRequestUrl('/u/1/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?rt=c')).toEqual({
      kind: 'stream-generate',
      accountIndex: 1,
    });
  });

  it('recognises batchexecute with its rpc ids and source path', () => {
    const url = '/u/2/_/BardChatUi/data/batchexecute?rpcids=hNvQHb&source-path=%2Fu%2F2%2Fapp%2Fd84d56201036955d&bl=x&_reqid=5&rt=c';
    expect(classifyRequestUrl(url)).toEqual({
      kind: 'batchexecute',
      rpcIds: ['hNvQHb'],
      sourcePath: '/u/2/app/d84d56201036955d',
      accountIndex: 2,
    });
    expect(isHistoryRequestUrl(url)).toBe(true);
    expect(classifyRequestUrl('/_/BardChatUi/data/batchexecute?rpcids=MaZiqc,otAQ7b')).toMatchObject({ rpcIds: ['MaZiqc', 'otAQ7b'] });
    expect(isHistoryRequestUrl('/_/BardChatUi/data/batchexecute?rpcids=MaZiqc')).toBe(false);
  });

  it('leaves everything else alone', () => {
    for (const url of ['', '/app', 'https://www.googletagmanager.com/td?id=1', 'https://example.com/_/BardChatUi/data/batchexecute?rpcids=hNvQHb', '%%%'])
      expect(classifyRequestUrl(url)).toEqual({ kind: 'other' });
  });

  it('reads the calls of a batchexecute request body', () => {
    const body = fixture('history.request.txt');
    expect(rpcCallsFromBatchexecuteBody(body)).toEqual([
      { rpcId: 'hNvQHb', payload: ['c_26dfc929fd75fe3d', 10, null, 1, [1], [4], null, 1] },
    ]);
    expect(historyConversationIdFromBody(body)).toBe('c_26dfc929fd75fe3d');
    expect(rpcCallsFromBatchexecuteBody('garbage')).toEqual([]);
  });
});
