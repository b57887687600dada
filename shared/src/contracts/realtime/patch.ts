/**
 * A change to a JSON value a screen already holds, so a broadcast carries what changed rather
 * than the whole value (issue 11: the floor of an item with 161 speakers listed is ~21 KB packed,
 * and each request for the floor went to every watcher whole).
 *
 * Written here rather than taken from a library: `fast-json-patch` diffs arrays index by index
 * (calling the next speaker, which removes the head of a 161-entry queue, would be 161 operations),
 * and `jsondiffpatch`, whose array diff is right, ships as ES modules only, which the project's
 * CommonJS Jest and Nest 11 build cannot load (ADR 0001). The format is small on purpose: the
 * values are JSON (what a socket carries), and `fingerprint` lets a receiver check that what it
 * built is what the sender holds, so a base that differed in any way is noticed, never shown.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type PatchPath = (string | number)[];

/** Set a key or an index to a value; delete a key; splice an array [start, deleteCount, ...items]. */
export type PatchOp =
  | { p: PatchPath; v: JsonValue }
  | { p: PatchPath; d: 1 }
  | { p: PatchPath; s: [number, number, ...JsonValue[]] };
export type Patch = PatchOp[];

const isObject = (v: unknown): v is { [key: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A key's own value (never one inherited from Object.prototype, such as "toString"). */
const own = (o: { [key: string]: JsonValue }, k: string): JsonValue | undefined =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** Deep equality of JSON values (a key whose value is undefined counts as absent, as in JSON). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => own(b, k) !== undefined && jsonEqual(a[k], b[k]));
  }
  return false;
}

function diffInto(a: unknown, b: unknown, path: PatchPath, out: Patch): void {
  if (jsonEqual(a, b)) return;
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(b)) {
      if (b[k] === undefined) continue;
      const before = own(a, k);
      if (before === undefined) out.push({ p: [...path, k], v: b[k] });
      else diffInto(before, b[k], [...path, k], out);
    }
    for (const k of Object.keys(a))
      if (a[k] !== undefined && own(b, k) === undefined) out.push({ p: [...path, k], d: 1 });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    // What both ends share stays; the middle is one splice (an entry added, removed or moved),
    // or, when the middles are the same length, a change inside each entry.
    let start = 0;
    while (start < a.length && start < b.length && jsonEqual(a[start], b[start])) start++;
    let end = 0;
    while (
      end < a.length - start &&
      end < b.length - start &&
      jsonEqual(a[a.length - 1 - end], b[b.length - 1 - end])
    )
      end++;
    const removed = a.length - start - end;
    const added = b.slice(start, b.length - end) as JsonValue[];
    if (removed === added.length && removed <= 2) {
      for (let i = 0; i < removed; i++) diffInto(a[start + i], b[start + i], [...path, start + i], out);
      return;
    }
    out.push({ p: path, s: [start, removed, ...added] });
    return;
  }
  out.push({ p: path, v: b as JsonValue });
}

/** The patch that turns `a` into `b` (both JSON values): `applyPatch(a, diffJson(a, b))` equals `b`. */
export function diffJson(a: unknown, b: unknown): Patch {
  const out: Patch = [];
  diffInto(a, b, [], out);
  return out;
}

/** A copy of `root` with the value at `path` replaced by `change(old)`; what the path does not touch is shared. */
function updateIn(root: unknown, path: PatchPath, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[head as number] = updateIn(root[head as number], rest, change);
    return copy;
  }
  if (isObject(root)) return { ...root, [head]: updateIn(own(root, String(head)), rest, change) };
  throw new Error(`the patch's path ${JSON.stringify(path)} does not exist in the value`);
}

/**
 * Applies a patch without changing `value` (screens hold their state immutably). Throws when a
 * path does not exist; a receiver whose base differed from the sender's should compare
 * `fingerprint`s rather than rely on this.
 */
export function applyPatch<T>(value: T, patch: Patch): T {
  let out: unknown = value;
  for (const op of patch) {
    if ('v' in op) out = updateIn(out, op.p, () => op.v);
    else if ('d' in op)
      out = updateIn(out, op.p.slice(0, -1), (parent) => {
        if (!isObject(parent))
          throw new Error(`the patch deletes a key of ${JSON.stringify(op.p)}, not an object`);
        const { [String(op.p[op.p.length - 1])]: _gone, ...kept } = parent;
        return kept;
      });
    else
      out = updateIn(out, op.p, (arr) => {
        if (!Array.isArray(arr)) throw new Error(`the patch splices ${JSON.stringify(op.p)}, not an array`);
        const [start, count, ...items] = op.s;
        if (start + count > arr.length)
          throw new Error(`the patch splices past the end of ${JSON.stringify(op.p)}`);
        const copy: unknown[] = arr.slice();
        copy.splice(start, count, ...items);
        return copy;
      });
  }
  return out as T;
}

/** A short hash of a JSON value, independent of key order (FNV-1a, 32 bits, over a canonical form). */
export function fingerprint(value: unknown): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      feed('[');
      for (const x of v) {
        walk(x);
        feed(',');
      }
      feed(']');
    } else if (isObject(v)) {
      feed('{');
      for (const k of Object.keys(v).sort()) {
        if (v[k] === undefined) continue;
        feed(JSON.stringify(k));
        feed(':');
        walk(v[k]);
        feed(',');
      }
      feed('}');
    } else feed(v === undefined ? 'null' : JSON.stringify(v));
  };
  walk(value);
  return (h >>> 0).toString(16).padStart(8, '0');
}
