import { describe, expect, it } from 'vitest';
import { createSseReader, readSseText } from '../../../../lib/capture/chatgpt/sse.ts';

describe('createSseReader', () => {
  it('splits events at blank lines, joins data lines, keeps event names and ids, skips comments', () => {
    const events = readSseText(': ping\n\nevent: delta_encoding\ndata: "v1"\n\nid: 7\nevent: delta\ndata: {"v":\ndata: 1}\n\ndata: [DONE]\n\n');
    expect(events).toEqual([
      { event: 'delta_encoding', data: '"v1"', id: null },
      { event: 'delta', data: '{"v":\n1}', id: '7' },
      { event: null, data: '[DONE]', id: '7' },
    ]);
  });

  it('handles CRLF, CR and a CR/LF pair split across chunks', () => {
    const r = createSseReader();
    const out = [...r.push('data: a\r'), ...r.push('\n\r'), ...r.push('\ndata: b\r\rdata:c'), ...r.push('\n\n'), ...r.end()];
    expect(out.map((e) => e.data)).toEqual(['a', 'b', 'c']);
  });

  it('flushes an unterminated last event at end(), strips a BOM, ignores pushes after end', () => {
    const r = createSseReader();
    expect(r.push('\uFEFFdata: x')).toEqual([]);
    expect(r.end()).toEqual([{ event: null, data: 'x', id: null }]);
    expect(r.push('data: y\n\n')).toEqual([]);
    expect(r.end()).toEqual([]);
  });

  it('takes a field with no colon as a name with an empty value; data with no space after the colon', () => {
    expect(readSseText('data\n\ndata:x\n\n').map((e) => e.data)).toEqual(['', 'x']);
  });
});
