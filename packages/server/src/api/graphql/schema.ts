import {
  buildSchema,
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { CodigaError } from './errors.js';
import { LongScalar } from './long-scalar.js';
import type { Resolvers } from './resolvers/types.js';
import { CODIGA_SDL } from './sdl.js';
import { PLUMB_SDL } from './sdl-plumb.js';
import { PLUMB_CODE_SDL } from './sdl-plumb-code.js';
import { PLUMB_PROJECT_SDL } from './sdl-plumb-project.js';
import { PLUMB_ISSUES_SDL } from './sdl-plumb-issues.js';
import { PLUMB_SETTINGS_SDL } from './sdl-plumb-settings.js';

/** What a field answers when Plumb has nothing for it: the schema's type, empty (docs/api/codiga.md). */
function emptyValueOf(type: GraphQLOutputType): unknown {
  if (!(type instanceof GraphQLNonNull)) return null;
  const inner = type.ofType;
  if (inner instanceof GraphQLList) return [];
  if (inner instanceof GraphQLObjectType) return {};
  if (inner instanceof GraphQLEnumType) return inner.getValues()[0]?.value ?? null;
  if (inner instanceof GraphQLScalarType)
    return { String: '', Boolean: false, Int: 0, Float: 0, Long: 0, ID: '' }[inner.name] ?? null;
  return null;
}

const ROOTS = new Set(['Query', 'Mutation']);

/**
 * Codiga's schema with Plumb's resolvers attached. A root field without one refuses with NOT_SERVED; any other field
 * reads its parent's property of the same name, else answers its type empty, so a client's document never fails on
 * a field outside Plumb's domain.
 */
export function buildCodigaSchema(resolvers: Resolvers): GraphQLSchema {
  const schema = buildSchema(
    CODIGA_SDL + PLUMB_SDL + PLUMB_CODE_SDL + PLUMB_PROJECT_SDL + PLUMB_ISSUES_SDL + PLUMB_SETTINGS_SDL,
  );
  const long = schema.getType('Long') as GraphQLScalarType;
  Object.assign(long, {
    description: LongScalar.description,
    serialize: LongScalar.serialize,
    parseValue: LongScalar.parseValue,
    parseLiteral: LongScalar.parseLiteral,
  });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const own = (resolvers as Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>>)[type.name];
    for (const field of Object.values(type.getFields())) {
      const resolve = own?.[field.name];
      if (resolve) field.resolve = resolve;
      else if (ROOTS.has(type.name))
        field.resolve = () => {
          throw new CodigaError('NOT_SERVED', `${type.name}.${field.name} is not served by Plumb yet`);
        };
      else {
        const empty = emptyValueOf(field.type);
        field.resolve = (parent) => (parent as Record<string, unknown> | null)?.[field.name] ?? empty;
      }
    }
  }
  for (const typeName of Object.keys(resolvers))
    if (!schema.getType(typeName)) throw new Error(`resolvers for ${typeName}, which the schema does not have`);
  return schema;
}
