/**
 * Reflective lookups that probe for an optional class or method:
 * their failure is a `LinkageError` as often as an exception.
 */
export const REFLECTIVE_PROBES = new Set([
  'forName',
  'loadClass',
  'getMethod',
  'getDeclaredMethod',
  'getField',
  'getDeclaredField',
  // Listing members resolves every type in their signatures: a missing one is a `NoClassDefFoundError`.
  'getDeclaredFields',
  'getDeclaredMethods',
  'getDeclaredConstructors',
  'getFields',
  'getMethods',
  'getConstructors',
  'getConstructor',
  'getDeclaredConstructor',
  'findClass',
  'findVirtual',
  'findStatic',
]);

/** A JVM `try` body's text calls one of the reflective probes (`Class.forName("…")`, `clazz.getMethod("…")`). */
export function callsReflectiveProbe(code: string): boolean {
  return [...code.matchAll(/\.(\w+)\s*\(/g)].some((call) => REFLECTIVE_PROBES.has(call[1] ?? ''));
}
