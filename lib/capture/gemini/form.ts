// application/x-www-form-urlencoded, decoded without throwing (request bodies and query strings).

function decodeComponent(raw: string): string {
  const plus = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    // Decode the valid %XX runs one by one and leave the broken ones as they are.
    return plus.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** All `name=value` pairs of a form body or query string, in order. */
export function parseFormEncoded(body: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const text = body.startsWith('?') ? body.slice(1) : body;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeComponent(eq === -1 ? part : part.slice(0, eq));
    const value = eq === -1 ? '' : decodeComponent(part.slice(eq + 1));
    pairs.push([name, value]);
  }
  return pairs;
}

/** The first value of `name`, or null. */
export function formField(body: string, name: string): string | null {
  for (const [key, value] of parseFormEncoded(body)) if (key === name) return value;
  return null;
}
