/**
 * Loads by key for a whole request at once: the keys asked for while GraphQL resolves one level are read in one call
 * (what a mercurius loader does, for a field resolved in an area's own module).
 */
export function batchLoader<Key, Value>(
  load: (context: object, keys: readonly Key[]) => Promise<Map<Key, Value>>,
): (context: object, key: Key) => Promise<Value | undefined> {
  const pending = new WeakMap<object, { keys: Key[]; result: Promise<Map<Key, Value>> }>();
  return async (context, key) => {
    let batch = pending.get(context);
    if (!batch) {
      const keys: Key[] = [];
      // Resolved after the resolvers of this level have all asked: they run in the same turn.
      const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        pending.delete(context);
        return load(context, keys);
      });
      batch = { keys, result };
      pending.set(context, batch);
    }
    batch.keys.push(key);
    return (await batch.result).get(key);
  };
}
