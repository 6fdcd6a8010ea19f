import type { ReactNode } from 'react';

export interface Mark {
  span: [number, number];
  status: string;
  title: string;
}

/** A text with spans highlighted by status, built from nodes (page data is never rendered as HTML). */
export function Highlighted({ text, marks }: { text: string; marks: Mark[] }) {
  const sorted = [...marks].filter((m) => m.span[1] > m.span[0]).sort((a, b) => a.span[0] - b.span[0]);
  const nodes: ReactNode[] = [];
  let cursor = 0;
  for (const [index, mark] of sorted.entries()) {
    const [start, end] = mark.span;
    if (start < cursor) continue; // overlapping spans: the first one wins
    if (start > cursor) nodes.push(text.slice(cursor, start));
    nodes.push(
      <mark key={index} className={`pl-hl pl-${mark.status}`} title={mark.title}>
        {text.slice(start, end)}
      </mark>,
    );
    cursor = end;
  }
  if (cursor < text.length) nodes.push(text.slice(cursor));
  return <p className="pl-text">{nodes}</p>;
}
