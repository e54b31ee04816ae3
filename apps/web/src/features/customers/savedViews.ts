// Saved views of the customer list. Two presets everyone has ("我的VIP客户", "7日未跟进"); views a user
// saves are kept in this browser's localStorage, per user (there is no server-side store for them yet).
export interface SavedView {
  id: string;
  name: string;
  /** The list's query string without paging, e.g. "own=MINE&grade=VIP". */
  query: string;
  preset?: boolean;
}

export const PRESET_VIEWS: SavedView[] = [
  { id: 'preset:vip', name: 'vipView', query: 'own=MINE&grade=VIP', preset: true },
  { id: 'preset:stale7', name: 'staleView', query: 'nf=7&sort=LAST_FOLLOW_UP_AT&dir=ASC', preset: true },
];

const storageKey = (userId: string) => `kehu.customers.views.${userId}`;

/** Paging is not part of a view. */
export function viewQuery(search: string): string {
  const p = new URLSearchParams(search);
  p.delete('after');
  p.delete('prev');
  return p.toString();
}

export function loadViews(userId: string, storage: Storage | undefined = globalThis.localStorage): SavedView[] {
  try {
    const raw = storage?.getItem(storageKey(userId));
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list)
      ? list.filter((v): v is SavedView => !!v && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.query === 'string')
      : [];
  } catch {
    return [];
  }
}

export function saveViews(userId: string, views: SavedView[], storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(storageKey(userId), JSON.stringify(views.filter((v) => !v.preset)));
  } catch {
    /* storage full or disabled: the view lives until reload */
  }
}

export function addView(views: SavedView[], name: string, search: string): SavedView[] {
  const query = viewQuery(search);
  const rest = views.filter((v) => v.name !== name);
  return [...rest, { id: `view:${Date.now().toString(36)}`, name, query }];
}
