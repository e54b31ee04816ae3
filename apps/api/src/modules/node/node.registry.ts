import type { SqlParams } from '../../db/sql';
import type { User } from '../users/user.entity';
import type { ScopeArea } from '../api-keys/api-key.scopes';
import { nodeTypeNames } from './node.interface';

/** How `node(id)` finds and guards one record type. */
export interface NodeType {
  /** The GraphQL object type (must declare `implements: Node`). */
  typename: string;
  entity: new () => object;
  /** The table, read as alias `t`. */
  table: string;
  /**
   * SQL over `t` for the id of the customer the record hangs off (`t.id` for customers themselves): the record is
   * visible exactly when that customer is (modules/access). null for records outside any customer.
   */
  customerIdSql: string | null;
  /**
   * For records with their own visibility rule (a task is seen by its people or through its customer): an SQL
   * predicate over `t`, taking the place of the customer rule. Use with `customerIdSql: null`.
   */
  visibleSql?: (user: Pick<User, 'id' | 'role'>, params: SqlParams, apiKey?: { scopes: string[] } | null) => string;
  /** For records outside any customer: whether this user may see it (default: every signed-in user). */
  visibleTo?: (user: Pick<User, 'id' | 'role'>, id: string) => boolean;
  /** The API key scope area the record belongs to (a key needs `<area>:read`); 'session': never through a key. */
  area: ScopeArea | 'session';
}

export const NODE_TYPES: NodeType[] = [];

/** Makes a record type reachable through `node(id)`; call it once at module load (see node.types.ts). */
export function registerNodeType(type: NodeType) {
  if (NODE_TYPES.some((t) => t.typename === type.typename)) return;
  NODE_TYPES.push(type);
  nodeTypeNames.set(type.entity, type.typename);
}
