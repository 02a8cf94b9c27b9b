// Who is online: one key per user, written by the websocket gateway. Any client with `get` will do.
export interface PresenceStore {
  get(key: string): Promise<string | null>;
}

export async function isOnline(store: PresenceStore, user: string): Promise<boolean> {
  return (await store.get(`online:${user}`)) === '1';
}
