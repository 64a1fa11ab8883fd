import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { users } from './users.js';

const emptyTextArray = sql`'{}'::text[]`;
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A named collection of recipes (Codiga's AssistantCookbook), owned by a user; private unless made public. */
export const assistantCookbooks = pgTable(
  'assistant_cookbooks',
  {
    id: id(),
    ownerUserId: ref('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull(),
    isPublic: boolean('is_public').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('assistant_cookbooks_owner_idx').on(table.ownerUserId)],
);

/** A code snippet an IDE inserts (Codiga's AssistantRecipe); its code is kept as the client sent it (base64). */
export const assistantRecipes = pgTable(
  'assistant_recipes',
  {
    id: id(),
    ownerUserId: ref('owner_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cookbookId: ref('cookbook_id').references(() => assistantCookbooks.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    description: text('description').notNull(),
    code: text('code').notNull(),
    /** Codiga's LanguageEnumeration value. */
    language: text('language').notNull(),
    /** Lower-cased, so that a client's keywords match whatever case they were typed in. */
    keywords: text('keywords').array().notNull().default(emptyTextArray),
    tags: text('tags').array().notNull().default(emptyTextArray),
    filenamePatterns: text('filename_patterns').array().notNull().default(emptyTextArray),
    imports: text('imports').array().notNull().default(emptyTextArray),
    shortcut: text('shortcut'),
    isPublic: boolean('is_public').notNull(),
    /** Name, description, keywords and tags, lower-cased: what a text search reads. */
    searchText: text('search_text').notNull(),
    uses: bigint('uses', { mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('assistant_recipes_owner_idx').on(table.ownerUserId),
    index('assistant_recipes_language_idx').on(table.language, table.isPublic),
    index('assistant_recipes_cookbook_idx').on(table.cookbookId),
  ],
);

export const assistantRecipeComments = pgTable(
  'assistant_recipe_comments',
  {
    id: id(),
    recipeId: ref('recipe_id')
      .notNull()
      .references(() => assistantRecipes.id, { onDelete: 'cascade' }),
    authorUserId: ref('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment').notNull(),
    /** 1 to 5, or 0 when the comment gives none. */
    rating: integer('rating').notNull(),
    securityFlag: boolean('security_flag').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    index('assistant_recipe_comments_recipe_idx').on(table.recipeId, table.id),
    check('assistant_recipe_comments_rating_check', sql`rating between 0 and 5`),
  ],
);

/** A dependency a recipe needs (or, negative, must not see) in the project it is offered to. */
export const assistantRecipeDependencies = pgTable(
  'assistant_recipe_dependencies',
  {
    recipeId: ref('recipe_id')
      .notNull()
      .references(() => assistantRecipes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    minVersion: text('min_version'),
    maxVersion: text('max_version'),
    isNegative: boolean('is_negative').notNull(),
  },
  (table) => [primaryKey({ columns: [table.recipeId, table.name] })],
);
