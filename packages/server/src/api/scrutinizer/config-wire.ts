import { Type } from 'typebox';
import type { NamedConfig } from '../../domain/index.js';
import { scrutinizerDate } from './dates.js';
import { Link } from './hal.js';

export const ConfigSchema = Type.Object({
  created_at: Type.String(),
  modified_at: Type.String(),
  name: Type.String(),
  uuid: Type.String(),
  _links: Type.Object({ self: Link }),
});

export const ConfigDetailsSchema = Type.Object({
  ...ConfigSchema.properties,
  config: Type.String({ description: 'The configuration as YAML.' }),
});

/** `basePath` is the list's path (`/api/organizations/{slug}/configs` or `/api/user/configs`). */
export function configJson(basePath: string) {
  return (config: NamedConfig) => ({
    created_at: scrutinizerDate(config.createdAt),
    // Configurations are not edited in place yet, so they were last modified when created.
    modified_at: scrutinizerDate(config.createdAt),
    name: config.name,
    uuid: config.uuid,
    _links: { self: { href: `${basePath}/${config.uuid}` } },
  });
}

export function configDetailsJson(basePath: string, config: NamedConfig) {
  return { ...configJson(basePath)(config), config: config.yaml };
}
