import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { csvField, entriesFromJson, entriesToCsv, entriesToJson, entriesToMarkdown, exportFileName } from '@/lib/store/export-history';
import { HistoryEntry } from '@/lib/store/history';
import { APPLES, CAT, UNCHECKED } from './entries';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last line has no CRLF');
  return rows;
}

describe('JSON export', () => {
  test('parses back into HistoryEntry[] with the schema, unchanged', () => {
    const entries = [APPLES, CAT, UNCHECKED];
    const json = entriesToJson(entries);
    const parsed = z.array(HistoryEntry).parse(JSON.parse(json));
    expect(parsed).toEqual(entries);
    expect(entriesFromJson(`\uFEFF${json}`)).toEqual(entries);
  });

  test('a damaged file is refused, not half read', () => {
    const broken = JSON.parse(entriesToJson([APPLES])) as Record<string, unknown>[];
    broken[0]!.site = 'myspace';
    expect(() => entriesFromJson(JSON.stringify(broken))).toThrow();
  });
});

describe('CSV export', () => {
  test('one row per constraint with the nine columns (the image check last), CRLF lines', () => {
    const csv = entriesToCsv([APPLES, CAT, UNCHECKED]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['entry_id', 'site', 'date', 'kind', 'subject', 'value', 'status', 'evidence', 'image']);
    const constraints = APPLES.analysis.constraints.length + CAT.analysis.constraints.length + UNCHECKED.analysis.constraints.length;
    expect(rows).toHaveLength(1 + constraints);
    expect(rows.every((row) => row.length === 9)).toBe(true);
    const count = rows.find((row) => row[0] === APPLES.id && row[3] === 'count')!;
    expect(count).toEqual([APPLES.id, 'chatgpt', '2025-01-15T09:30:00.000Z', 'count', 'apple', '3', 'altered', 'two green apples', '']);
    // Nothing was compared for an entry without a rewrite: its constraints are to check, not lost.
    expect(rows.filter((row) => row[0] === UNCHECKED.id).every((row) => row[6] === 'unchecked')).toBe(true);
    // Chinese prompts keep their text; the Chinese evidence/value survives as is.
    expect(rows.some((row) => row[0] === CAT.id && row[1] === 'gemini')).toBe(true);
  });

  test('commas, quotes, newlines and Chinese are quoted as RFC 4180 says and read back exactly', () => {
    const tricky = 'He said "hi", then\nleft, 再见「你好」\r\nend';
    const entry = structuredClone(APPLES);
    entry.id = 'chatgpt:id,with "comma"';
    entry.analysis.constraints[0] = { ...entry.analysis.constraints[0]!, subject: '苹果, 红色', value: tricky, evidence: { text: '"quoted"', span: [0, 8] } };
    const csv = entriesToCsv([entry]);
    const rows = parseCsv(csv);
    expect(rows[1]).toEqual(['chatgpt:id,with "comma"', 'chatgpt', '2025-01-15T09:30:00.000Z', 'count', '苹果, 红色', tricky, 'altered', '"quoted"', '']);
    expect(csv).toContain('"chatgpt:id,with ""comma"""');
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  test('an empty history is just the header', () => {
    expect(entriesToCsv([])).toBe('entry_id,site,date,kind,subject,value,status,evidence,image\r\n');
  });

  test('the image check remembered with an entry is exported with its constraint', () => {
    const entry = structuredClone(APPLES);
    const first = entry.analysis.constraints[0]!;
    entry.extra = { image: { ...entry.analysis, constraints: [{ ...first, image: { verdict: 'altered', read: 'OpanAl', source: 'ocr' } }] } };
    const rows = parseCsv(entriesToCsv([entry]));
    expect(rows[1]![8]).toBe('altered (OpanAl)');
  });
});

describe('Markdown export', () => {
  test('each pair: date and site, the prompt, the rewrite, the counts and a table of constraints', () => {
    const md = entriesToMarkdown([APPLES, UNCHECKED], { exportedAt: Date.UTC(2025, 1, 1, 8), lang: 'en' });
    expect(md).toMatch(/^# PromptLoss history\n\nExported 2025-02-01 08:00 UTC · 2 pairs\n/);
    expect(md).toContain('## 2025-01-15 09:30 UTC · ChatGPT');
    expect(md).toContain('> Draw 3 red apples on a wooden table, no people');
    expect(md).toContain('**What the image model received**');
    expect(md).toContain('> A still life of two green apples on a table with a person in the background');
    const s = APPLES.analysis.summary;
    expect(md).toContain(`${s.lost} lost · ${s.altered} altered · ${s.unbound} unbound · ${s.kept} kept · fidelity ${Math.round(s.fidelity * 100)}%`);
    expect(md).toContain('| Kind | Constraint | Status | Evidence |');
    expect(md).toContain('| Counts | 3 × apple | altered | two green apples |');
    expect(md).toContain('| Attributes | table: wooden | lost |  |');
    expect(md).toContain('## 2025-01-15 09:30 UTC · Imported');
    expect(md).toContain('Not compared');
    expect(md).toContain('| to check |');
  });

  test('pipes and line breaks cannot break a table row; Chinese labels in Chinese', () => {
    const entry = structuredClone(CAT);
    entry.analysis.constraints[0] = { ...entry.analysis.constraints[0]!, kind: 'text', subject: 'text', value: 'a|b\nc' };
    const md = entriesToMarkdown([entry], { lang: 'zh', exportedAt: 0 });
    expect(md).toContain('# PromptLoss 历史记录');
    expect(md).toContain('> 画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字');
    expect(md).toContain('| 要渲染的文字 | “a\\|b c” | 保留 |');
    expect(md).toContain('| 不能出现 | no text | 丢失 |');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });

  test('file names carry the date', () => {
    expect(exportFileName('csv', new Date(2025, 2, 9, 12).getTime())).toBe('promptloss-history-2025-03-09.csv');
  });
});
