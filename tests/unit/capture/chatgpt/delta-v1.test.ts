import { describe, expect, it } from 'vitest';
import { applyDelta, createDeltaState, parsePointer } from '../../../../lib/capture/chatgpt/delta-v1.ts';

const root = () => ({ message: { id: 'm', content: { content_type: 'text', parts: [''] }, status: 'in_progress', metadata: {} } });

describe('v1 deltas', () => {
  it('adds a root, appends, carries p/o forward for bare {"v"}, replaces', () => {
    const s = createDeltaState();
    applyDelta(s, { p: '', o: 'add', v: root(), c: 0 });
    applyDelta(s, { p: '/message/content/parts/0', o: 'append', v: 'Hel' });
    applyDelta(s, { v: 'lo' });
    applyDelta(s, { p: '/message/status', o: 'replace', v: 'finished_successfully' });
    expect(s.roots.get('0')).toMatchObject({ message: { content: { parts: ['Hello'] }, status: 'finished_successfully' } });
  });

  it('installs a bare {"v": {"message"}, "c"} as a new root, keeping channels apart', () => {
    const s = createDeltaState();
    applyDelta(s, { p: '', o: 'add', v: root(), c: 0 });
    applyDelta(s, { p: '/message/content/parts/0', o: 'append', v: 'a' });
    applyDelta(s, { v: { message: { id: 'n', content: { parts: ['x'] } } }, c: 1 });
    applyDelta(s, { c: 0, v: 'b' });
    expect(s.roots.get('0')).toMatchObject({ message: { id: 'm', content: { parts: ['ab'] } } });
    expect(s.roots.get('1')).toMatchObject({ message: { id: 'n' } });
  });

  it('applies a patch list, including an object append to metadata and a truncate', () => {
    const s = createDeltaState();
    applyDelta(s, { p: '', o: 'add', v: root(), c: 2 });
    applyDelta(s, {
      c: 2,
      o: 'patch',
      v: [
        { p: '/message/content/parts/0', o: 'append', v: 'abcdef' },
        { p: '/message/content/parts/0', o: 'truncate', v: 3 },
        { p: '/message/metadata', o: 'append', v: { finish_details: { type: 'stop' } } },
        { p: '/message/end_turn', o: 'replace', v: true },
        { p: '/message/content/parts/-', o: 'add', v: 'second' },
        { p: '/message/gone', o: 'remove' },
      ],
    });
    applyDelta(s, { v: 'tail' }); // continues the last sub-op? (remove has no string: ignored safely)
    expect(s.roots.get('2')).toMatchObject({
      message: { content: { parts: ['abc', 'second'] }, end_turn: true, metadata: { finish_details: { type: 'stop' } } },
    });
  });

  it('refuses prototype keys, far array indexes and unknown ops', () => {
    const s = createDeltaState();
    applyDelta(s, { p: '', o: 'add', v: root(), c: 0 });
    applyDelta(s, { p: '/__proto__/polluted', o: 'add', v: 1 });
    applyDelta(s, { p: '/message/constructor/prototype/polluted', o: 'replace', v: 1 });
    applyDelta(s, { p: '/message/metadata', o: 'append', v: JSON.parse('{"__proto__":{"polluted":1}}') });
    applyDelta(s, { p: '/message/content/parts/99999999', o: 'add', v: 'x' });
    expect(applyDelta(s, { p: '/message/status', o: 'explode', v: 1 })).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((s.roots.get('0') as { message: { content: { parts: unknown[] } } }).message.content.parts).toHaveLength(1);
    expect(parsePointer('message')).toBeNull();
    expect(parsePointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });
});
