const MAX_PAGE = 100;
const DEFAULT_PAGE = 10;

/** WPGraphQL's global id: base64 of `type:id` (`post:12`, `term:3`, `user:2`, `post_type:post`). */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** The type and id of a global id, or undefined when it is not one. */
export function fromGlobalId(globalId: string): { type: string; id: string } | undefined {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (
    separator <= 0 ||
    toGlobalId(decoded.slice(0, separator), decoded.slice(separator + 1)) !== globalId
  ) {
    return undefined;
  }
  return { type: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

/** The standard connection arguments. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** A connection's payload, shaped as every WPGraphQL connection type. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/**
 * Cuts one page out of an ordered list, with WPGraphQL's cursors (`arrayconnection:<id>`),
 * its default of 10 and its cap of 100. A cursor whose item is not in the list is placed by
 * `compare` against `locate(id)`, as WPGraphQL compares by the cursor item's sort fields.
 */
export function paginate<T>(
  list: readonly T[],
  args: ConnectionArgs,
  idOf: (item: T) => number,
  placement?: { locate: (id: number) => T | undefined; compare: (a: T, b: T) => number },
): Connection<T> {
  const cursorOf = (item: T) => toCursor(idOf(item));
  let start = 0;
  let end = list.length;
  if (args.after) start = Math.min(end, positionAfter(args.after));
  if (args.before) end = Math.max(start, positionBefore(args.before));

  const isBackward = !args.first && !!args.last;
  const size = Math.min(
    MAX_PAGE,
    Math.max(0, (isBackward ? args.last : args.first) ?? DEFAULT_PAGE),
  );
  const pageStart = isBackward ? Math.max(start, end - size) : start;
  const pageEnd = isBackward ? end : Math.min(end, start + size);
  const nodes = list.slice(pageStart, pageEnd);
  const first = nodes[0];
  const last = nodes.at(-1);
  return {
    edges: nodes.map((node) => ({ cursor: cursorOf(node), node })),
    nodes,
    pageInfo: {
      hasNextPage: isBackward ? !!args.before : pageEnd < end,
      hasPreviousPage: isBackward ? pageStart > start : !!args.after,
      startCursor: first === undefined ? null : cursorOf(first),
      endCursor: last === undefined ? null : cursorOf(last),
    },
  };

  function indexOfCursor(cursor: string): { index: number; isExact: boolean } {
    const id = fromCursor(cursor);
    const index = list.findIndex((item) => idOf(item) === id);
    if (index >= 0 || !placement || id === undefined) return { index, isExact: index >= 0 };
    const anchor = placement.locate(id);
    if (anchor === undefined) return { index: -1, isExact: false };
    const after = list.findIndex((item) => placement.compare(item, anchor) > 0);
    return { index: after < 0 ? list.length : after, isExact: false };
  }

  function positionAfter(cursor: string): number {
    const { index, isExact } = indexOfCursor(cursor);
    if (index < 0) return 0;
    return isExact ? index + 1 : index;
  }

  function positionBefore(cursor: string): number {
    const { index } = indexOfCursor(cursor);
    return index < 0 ? list.length : index;
  }
}

/** `arrayconnection:<id>` in base64, WPGraphQL's cursor. */
export function toCursor(id: number): string {
  return Buffer.from(`arrayconnection:${id}`, 'utf8').toString('base64');
}

function fromCursor(cursor: string): number | undefined {
  const match = /^arrayconnection:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}
