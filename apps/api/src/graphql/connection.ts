import type { GraphQLResolveInfo } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput, msg } from './errors';
import { selectedFieldNames } from './selections';

/**
 * Relay-style cursor connections for every list: `edges { cursor node }`, `pageInfo`, `totalCount`.
 * Pagination is keyset (WHERE (sort, id) > (cursor values)), so page 500 costs what page 1 costs.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in its list' })
export class PageInfo {
  @Field({ description: 'True when another page follows; fetch it with `after: endCursor`' })
  hasNextPage: boolean;

  @Field({ description: 'True when this page did not start at the beginning of the list' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (pageInfo.endCursor of the previous page)' })
  after?: string | null;
}

/**
 * Page arguments in both directions (Relay): `first`/`after` forward, `last`/`before` backward — the last items
 * before a cursor (or of the whole list), still in list order. Lists that support it take these instead of PageArgs
 * and read them through pageWindow().
 */
@ArgsType()
export class BidirectionalPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the end, 1–${MAX_PAGE_SIZE}: the last items before \`before\` (or of the list)`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items before this cursor (pageInfo.startCursor of the page after)' })
  before?: string | null;
}

/** Which way to read a keyset page: forward after `cursor`, or backward before it (fetch in reverse, then reverse). */
export interface PageWindow {
  limit: number;
  backward: boolean;
  cursor: string | null;
  /** The argument the cursor came from, for error messages. */
  cursorField: 'after' | 'before';
}

export function pageWindow(page: PageArgs & Partial<BidirectionalPageArgs>): PageWindow {
  const backward = (page.last !== null && page.last !== undefined) || (page.before !== null && page.before !== undefined);
  if (backward) {
    if (page.first !== null && page.first !== undefined) throw badInput('first', msg('graphql.useFirstAfterLast'));
    if (page.after) throw badInput('after', msg('graphql.useFirstAfterLast2'));
    return { limit: pageSize(page.last, 'last'), backward: true, cursor: page.before ?? null, cursorField: 'before' };
  }
  return { limit: pageSize(page.first), backward: false, cursor: page.after ?? null, cursorField: 'after' };
}

/**
 * The keyset comparison and ORDER BY direction of a page of a list sorted `listOrder`: forward reads on past the
 * cursor in list order; backward reads the other way from the cursor (nearest first), and toConnection reverses it.
 */
export function keysetDirection(window: PageWindow, listOrder: 'ASC' | 'DESC'): { op: '<' | '>'; order: 'ASC' | 'DESC' } {
  const ascending = (listOrder === 'ASC') !== window.backward;
  return { op: ascending ? '>' : '<', order: ascending ? 'ASC' : 'DESC' };
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(field, msg('common.pageSize', { max: MAX_PAGE_SIZE }));
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the sort key values of the row. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    /* fall through */
  }
  throw badInput(field, msg('graphql.invalidCursor'));
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a list of ${name}` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge, for `after`' })
    cursor: string;

    @Field(() => NodeClass, { description: `The ${name}` })
    node: T;
  }

  @ObjectType({ isAbstract: true } as never)
  abstract class ConnectionBase implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Pagination state' })
    pageInfo: PageInfo;

    /** Counted only when the client asks for it. */
    countAll: () => Promise<number>;

    @Field(() => Int, { description: 'How many items the whole list has (all pages), with the same filter' })
    totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return ConnectionBase;
}

/**
 * Builds a connection from `limit + 1` fetched rows: the extra row only tells whether another page follows.
 */
export function toConnection<T, C extends ConnectionShape<T>>(
  ConnectionClass: new () => C,
  rows: T[],
  limit: number,
  cursorOf: (row: T) => unknown[],
  countAll: () => Promise<number>,
  hadCursor: boolean,
  /** Rows were read backward (last/before): nearest the cursor first. They are put back in list order. */
  backward = false,
): C {
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const conn = new ConnectionClass();
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  Object.assign(conn, {
    edges,
    pageInfo: {
      hasNextPage: backward ? hadCursor : rows.length > limit,
      hasPreviousPage: backward ? rows.length > limit : hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    countAll,
  });
  return conn;
}

/** True when the field being resolved selects `name` in its own selection set (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => !!node.selectionSet && selectedFieldNames(node.selectionSet, info.fragments).includes(name));
}

/**
 * A nested connection's totalCount, started at once when the query asks for it: it then reaches the database
 * in the same round as the page (one combined statement, db/prepared.ts) rather than in a round of its own.
 */
export function countWhenSelected(info: GraphQLResolveInfo, load: () => Promise<number>): () => Promise<number> {
  if (!selectsField(info, 'totalCount')) return load;
  const count = load();
  count.catch(() => undefined); // the totalCount resolver reports it; never an unhandled rejection
  return () => count;
}
