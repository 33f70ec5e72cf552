// Three copies of a record (the one a change was made from, the change, and what is stored now) merged field by field:
// a field only one side changed takes that side's value; a field both changed the same way keeps it; a field both
// changed differently is a conflict, never decided here. Histories are append-only: both sides' new entries are kept.
// So two people editing different sections of one audit both succeed, and the same field edited twice is refused
// with what changed. Pure.

export interface FieldConflict {
  /** The field's path, such as ["details", "team"] or ["sections", "recording"]. */
  path: string[];
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export type MergeResult<T> = { ok: true; merged: T } | { ok: false; conflicts: FieldConflict[] };

export interface MergeOptions {
  /** Top-level arrays that only grow (a history): merged as theirs, then ours' new entries. */
  appendOnly?: readonly string[];
  /** Top-level fields the merge leaves to the caller (revision ids, times stamped on writing): theirs is kept. */
  ignore?: readonly string[];
  /** How deep objects are compared field by field; below it a value is one field (a section's answers, say). */
  depth?: number;
}

type Leaves = Map<string, { path: string[]; json: string; value: unknown }>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Every field of a value down to `depth`, by its path; arrays, scalars and empty objects are fields. */
function leaves(value: unknown, depth: number, skip: ReadonlySet<string>): Leaves {
  const out: Leaves = new Map();
  const walk = (v: unknown, path: string[]) => {
    if (isPlainObject(v) && path.length < depth && Object.keys(v).length > 0) {
      for (const [k, child] of Object.entries(v)) if (!(path.length === 0 && skip.has(k)) && child !== undefined) walk(child, [...path, k]);
      return;
    }
    out.set(JSON.stringify(path), { path, json: JSON.stringify(v), value: v });
  };
  walk(value, []);
  return out;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      if (!isPlainObject(node[key])) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
  });
}

export function threeWayMerge<T extends object>(base: T, ours: T, theirs: T, options: MergeOptions = {}): MergeResult<T> {
  const appendOnly = new Set(options.appendOnly ?? []);
  const skip = new Set([...(options.ignore ?? []), ...appendOnly]);
  const depth = options.depth ?? 3;
  const b = leaves(base, depth, skip);
  const o = leaves(ours, depth, skip);
  const t = leaves(theirs, depth, skip);
  const merged: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const key of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
    const [bj, oj, tj] = [b.get(key)?.json, o.get(key)?.json, t.get(key)?.json];
    const path = JSON.parse(key) as string[];
    let chosen: { value: unknown } | undefined;
    if (oj === bj || oj === tj) chosen = t.get(key);
    else if (tj === bj) chosen = o.get(key);
    else {
      conflicts.push({ path, base: b.get(key)?.value, ours: o.get(key)?.value, theirs: t.get(key)?.value });
      continue;
    }
    if (chosen) setPath(merged, path, chosen.value);
  }
  // A field one side changed inside a value the other side replaced whole (a section cleared, an escalation removed)
  // is a conflict too: neither change can be kept without losing the other.
  const changed = (side: Leaves) =>
    [...new Set([...b.keys(), ...side.keys()])]
      .filter((k) => side.get(k)?.json !== b.get(k)?.json && o.get(k)?.json !== t.get(k)?.json)
      .map((k) => JSON.parse(k) as string[]);
  const theirsChanged = changed(t);
  const within = (outer: string[], inner: string[]) => outer.length < inner.length && outer.every((p, i) => p === inner[i]);
  for (const path of changed(o)) {
    const clash = theirsChanged.find((other) => within(path, other) || within(other, path));
    if (clash) conflicts.push({ path: path.length <= clash.length ? path : clash, base: undefined, ours: undefined, theirs: undefined });
  }
  if (conflicts.length) return { ok: false, conflicts };
  const record = merged as Record<string, unknown>;
  for (const field of options.ignore ?? []) record[field] = (theirs as Record<string, unknown>)[field];
  for (const field of appendOnly) {
    const known = new Set(((base as Record<string, unknown>)[field] as unknown[] | undefined)?.map((e) => JSON.stringify(e)));
    const theirsList = ((theirs as Record<string, unknown>)[field] as unknown[] | undefined) ?? [];
    const added = (((ours as Record<string, unknown>)[field] as unknown[] | undefined) ?? []).filter((e) => !known.has(JSON.stringify(e)));
    const have = new Set(theirsList.map((e) => JSON.stringify(e)));
    record[field] = [...theirsList, ...added.filter((e) => !have.has(JSON.stringify(e)))];
  }
  return { ok: true, merged: record as T };
}
