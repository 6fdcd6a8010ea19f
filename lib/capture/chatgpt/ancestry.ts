/**
 * Memoised "nearest ancestor that matches" over parent links: iterative (no recursion), linear overall, and safe
 * on cyclic or dangling links from garbage input.
 */

/** Returns f(id) = the nearest of id and its ancestors for which `matches` holds, or null. */
export function nearestMatching(
  parentOf: (id: string) => string | null,
  matches: (id: string) => boolean,
): (id: string) => string | null {
  const memo = new Map<string, string | null>();
  return (start: string): string | null => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | null = start;
    let found: string | null = null;
    while (cur !== null) {
      const known = memo.get(cur);
      if (known !== undefined || memo.has(cur)) {
        found = known ?? null;
        break;
      }
      if (onPath.has(cur)) break; // a cycle: nothing above matches
      if (matches(cur)) {
        found = cur;
        break;
      }
      path.push(cur);
      onPath.add(cur);
      cur = parentOf(cur);
    }
    for (const id of path) memo.set(id, found);
    if (found !== null && !memo.has(found)) memo.set(found, found);
    return found;
  };
}

/** f(id) = the nearest strict ancestor of id that matches. */
export function nearestStrictAncestor(
  parentOf: (id: string) => string | null,
  matches: (id: string) => boolean,
): (id: string) => string | null {
  const orSelf = nearestMatching(parentOf, matches);
  return (id: string) => {
    const p = parentOf(id);
    return p === null || p === id ? null : orSelf(p);
  };
}
