import type { DBCore, Middleware } from 'dexie';

/**
 * IndexedDB as it behaves on a full disk: while `state.full`, every write that adds data
 * is refused with QuotaExceededError (after `state.after` more, when given); deletes
 * still work, as they need no room.
 */
export function diskFull(state: { full: boolean; after?: number }): Middleware<DBCore> {
  const refuses = (type: string) => {
    if (!state.full || type === 'delete' || type === 'deleteRange') return false;
    if (state.after === undefined) return true;
    return state.after-- <= 0;
  };
  return {
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            refuses(request.type)
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  };
}
