// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { InPageReport } from '@/components/report/InPageReport';
import { analyze } from '@/lib/engine';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test('an image without a readable prompt says so and offers diagnostics without user content', async () => {
  const copied: string[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  const diagnostics = JSON.stringify({ promptloss: 'chatgpt capture diagnostics (no user content)', path: '/c/<id>', images: 2, matched: 1, shapes: { roles: { user: 3 } } });
  await act(async () => {
    createRoot(container).render(
      <InPageReport lang="en" capture="unknown" compare="none" messageId="" analysis={analyze('', '')} streaming={false}
        shown={new Set(['lost'])} diagnostics={diagnostics} copy={async (text) => void copied.push(text)} />,
    );
  });
  const badge = container.querySelector('[data-promptloss-badge]') as HTMLButtonElement;
  expect(badge.textContent).toContain('could not read the prompt');
  await act(async () => badge.click());
  await act(async () => (container.querySelector('[data-action="copy-diagnostics"]') as HTMLButtonElement).click());
  expect(copied).toEqual([diagnostics]);
  expect(copied[0]).not.toMatch(/three apples/);
});
