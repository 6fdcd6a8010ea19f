// Safe navigation over positional JSON (Gemini payloads are arrays whose indices drift).

export type JsonPath = ReadonlyArray<number | string>;

/** The value at `path`, or undefined when any step is missing or of the wrong kind. */
export function at(value: unknown, path: JsonPath): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current) || key < 0 || key >= current.length) return undefined;
      current = current[key];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
  }
  return current;
}

export function stringAt(value: unknown, path: JsonPath): string | null {
  const found = at(value, path);
  return typeof found === 'string' ? found : null;
}

export function numberAt(value: unknown, path: JsonPath): number | null {
  const found = at(value, path);
  return typeof found === 'number' && Number.isFinite(found) ? found : null;
}

export function arrayAt(value: unknown, path: JsonPath): unknown[] | null {
  const found = at(value, path);
  return Array.isArray(found) ? found : null;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false };

/** JSON.parse that never throws (also not on absurd nesting). */
export function tryParseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The end (exclusive) of the JSON array or object that starts at `start`, found by counting brackets
 * outside strings; -1 when the text ends first. Says nothing about validity: parse the slice to know.
 */
export function scanJsonValueEnd(text: string, start: number): number {
  const open = text.charCodeAt(start);
  if (open !== 0x5b /* [ */ && open !== 0x7b /* { */) return -1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Depth-first search for the first string that satisfies `test` (bounded depth and visits). */
export function findString(
  value: unknown,
  test: (s: string) => boolean,
  maxDepth = 8,
  budget = { visits: 5000 },
): string | null {
  if (budget.visits-- <= 0) return null;
  if (typeof value === 'string') return test(value) ? value : null;
  if (maxDepth <= 0 || value === null || typeof value !== 'object') return null;
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  for (const child of children) {
    const found = findString(child, test, maxDepth - 1, budget);
    if (found !== null) return found;
  }
  return null;
}
