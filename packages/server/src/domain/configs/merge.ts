import { parse, parseDocument, stringify } from 'yaml';
import { Invalid } from '../errors.js';

/** Parses a YAML configuration given in a field, naming the field and the first error when it does not parse. */
export function requireYaml(field: string, text: string): unknown {
  const document = parseDocument(text);
  if (document.errors.length > 0)
    throw new Invalid(field, `expected valid YAML (${document.errors[0]!.message.split('\n')[0]})`);
  return document.toJS();
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(base: unknown, override: unknown): unknown {
  if (!isMapping(base) || !isMapping(override)) return override === undefined || override === null ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/** A repository's own configuration laid over a shared one: mappings merge key by key, anything else is replaced. */
export function layerConfigYaml(sharedYaml: string, ownYaml: string): string {
  if (ownYaml.trim() === '') return sharedYaml;
  if (sharedYaml.trim() === '') return ownYaml;
  return stringify(deepMerge(parse(sharedYaml), parse(ownYaml)));
}
