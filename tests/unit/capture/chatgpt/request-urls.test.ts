import { describe, expect, it } from 'vitest';
import { userPromptFromRequestBody } from '../../../../lib/capture/chatgpt/request.ts';
import {
  classifyRequest,
  conversationIdFromPageUrl,
  isChatGptWebSocketUrl,
  isTemporaryChatUrl,
} from '../../../../lib/capture/chatgpt/urls.ts';
import { fixtureText } from './fixtures.ts';

describe('userPromptFromRequestBody', () => {
  it('reads the 2026 web app body (multimodal parts, attachments, picture_v2)', () => {
    expect(userPromptFromRequestBody(fixtureText('request-2026.json'))).toEqual({
      ok: true,
      value: {
        text: 'change text to:\nNASR*ŁEM NA\nWYCIERACZKĘ',
        messageId: '7bb36944-1457-4894-bf98-c96d4660f4f0',
        parentMessageId: 'client-created-root',
        conversationId: null,
        action: 'next',
        model: 'gpt-5-3',
        systemHints: ['picture_v2'],
        attachments: [{ id: 'file_000000006be47243ad29ebb5c32b6818', name: 'de4b1605-upload.png', mimeType: 'image/png' }],
        imageParts: 1,
      },
    });
  });

  it('reads the 2023 body', () => {
    const r = userPromptFromRequestBody(fixtureText('request-2023.json'));
    expect(r.ok && r.value).toMatchObject({
      text: 'Draw the moon with a ping pong ball on it',
      conversationId: '9c00faab-8c70-4ae3-a55a-002264bd816b',
      parentMessageId: '0a1b2c3d-0000-4000-8000-000000000000',
      systemHints: [],
    });
  });

  it('handles a regenerate with no message, and rejects garbage with a typed error', () => {
    const r = userPromptFromRequestBody('{"action":"variant","parent_message_id":"p","conversation_id":"c"}');
    expect(r.ok && [r.value.text, r.value.messageId, r.value.action]).toEqual([null, null, 'variant']);
    expect(userPromptFromRequestBody('not json')).toEqual({ ok: false, error: 'not-json' });
    expect(userPromptFromRequestBody('[1]')).toEqual({ ok: false, error: 'not-a-send-body' });
    expect(userPromptFromRequestBody('{"conduit_token":"x"}')).toEqual({ ok: false, error: 'not-a-send-body' });
    expect(userPromptFromRequestBody(undefined as unknown as string)).toEqual({ ok: false, error: 'not-json' });
  });
});

describe('classifyRequest', () => {
  const id = '692f9420-79ac-832e-a2b4-1bb22b6c8ac7';
  it.each([
    ['https://chatgpt.com/backend-api/conversation', 'POST', { kind: 'send' }],
    ['https://chatgpt.com/backend-api/f/conversation', 'post', { kind: 'send' }],
    ['/backend-api/f/conversation?x=1', 'POST', { kind: 'send' }],
    ['https://chat.openai.com/backend-api/conversation', 'POST', { kind: 'send' }],
    ['https://chatgpt.com/backend-anon/f/conversation', 'POST', { kind: 'send' }],
    ['https://chatgpt.com/backend-api/f/conversation/resume', 'POST', { kind: 'resume' }],
    ['https://chatgpt.com/backend-api/f/conversation/prepare', 'POST', { kind: 'ignored' }],
    [`https://chatgpt.com/backend-api/conversation/${id}`, 'GET', { kind: 'conversation-get', conversationId: id }],
    [`/backend-api/conversation/${id.toUpperCase()}/`, 'GET', { kind: 'conversation-get', conversationId: id }],
    [`https://chatgpt.com/backend-api/conversation/${id}/stream_status`, 'GET', { kind: 'ignored' }],
    ['https://chatgpt.com/backend-api/conversation/init', 'POST', { kind: 'ignored' }],
    ['https://chatgpt.com/backend-api/conversations?offset=0&limit=28', 'GET', { kind: 'ignored' }],
    ['https://evil.example/backend-api/f/conversation', 'POST', { kind: 'ignored' }],
    ['https://chatgpt.com.evil.example/backend-api/f/conversation', 'POST', { kind: 'ignored' }],
    ['javascript:alert(1)', 'POST', { kind: 'ignored' }],
    ['https://chatgpt.com/backend-api/f/conversation', 'GET', { kind: 'ignored' }],
  ])('%s %s', (url, method, expected) => {
    expect(classifyRequest(url, method)).toEqual(expected);
  });

  it('knows the stream socket', () => {
    expect(isChatGptWebSocketUrl('wss://ws.chatgpt.com/ws/user?verify=x')).toBe(true);
    expect(isChatGptWebSocketUrl('wss://example.com/ws')).toBe(false);
  });
});

describe('conversationIdFromPageUrl', () => {
  const id = '69eb5a4b-282c-83ea-b4f6-91ba9510bc9f';
  it.each([
    [`https://chatgpt.com/c/${id}`, id],
    [`/c/${id}?model=gpt-5`, id],
    [`https://chatgpt.com/g/g-p-0123456789abcdef0123456789abcdef-my-project/c/${id}`, id],
    [`https://chatgpt.com/g/g-abc123-helper/c/${id}#x`, id],
    [`https://chatgpt.com/uc/${id}`, id],
    ['https://chatgpt.com/', null],
    ['https://chatgpt.com/?temporary-chat=true', null],
    [`https://chatgpt.com/c/${id}?temporary-chat=true`, null],
    ['https://chatgpt.com/c/local-1234abcd', null],
    [`https://chatgpt.com/share/${id}`, null],
    ['https://chatgpt.com/g/g-p-0123456789abcdef0123456789abcdef-x/project', null],
    [`https://example.com/c/${id}`, null],
  ])('%s', (url, expected) => {
    expect(conversationIdFromPageUrl(url)).toBe(expected);
  });

  it('detects temporary chats', () => {
    expect(isTemporaryChatUrl('https://chatgpt.com/?temporary-chat=true')).toBe(true);
    expect(isTemporaryChatUrl('https://chatgpt.com/c/x')).toBe(false);
  });
});
