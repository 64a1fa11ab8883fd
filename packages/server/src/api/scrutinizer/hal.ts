import { Type, type Static, type TSchema } from 'typebox';
import type { Page, PageRequest } from '../../domain/index.js';

/** `page` (1-based) and `per_page` (1..100, default 20) as Scrutinizer takes them. */
export const PageQuery = Type.Object({
  page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 10_000_000, default: 1, description: 'The page to view (1-based).' }),
  ),
  per_page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page (1 to 100).' }),
  ),
  access_token: Type.Optional(Type.String({ description: 'A user access token.' })),
});
export type PageQuery = Static<typeof PageQuery>;

export const Link = Type.Object({ href: Type.String() });

export interface PageWindow extends PageRequest {
  page: number;
  perPage: number;
}

export function pageWindow(query: PageQuery): PageWindow {
  const page = query.page ?? 1;
  const perPage = query.per_page ?? 20;
  return { page, perPage, offset: (page - 1) * perPage, limit: perPage };
}

/** The HAL page envelope around `_embedded[key]`, with `pages`, `total` and `last` beside Scrutinizer's fields. */
export function halPageSchema<Item extends TSchema>(key: string, item: Item) {
  return Type.Object({
    page: Type.Integer(),
    limit: Type.Integer(),
    pages: Type.Integer(),
    total: Type.Integer(),
    _links: Type.Object({
      self: Link,
      first: Link,
      last: Link,
      next: Type.Optional(Link),
      previous: Type.Optional(Link),
    }),
    _embedded: Type.Object({ [key]: Type.Array(item) }),
  });
}

/** Renders a page as Scrutinizer does; `next` appears only when there is a next page. */
export function halPage<T, Item>(
  path: string,
  key: string,
  window: PageWindow,
  result: Page<T>,
  render: (item: T) => Item,
) {
  const pages = Math.max(1, Math.ceil(result.total / window.perPage));
  const href = (page: number) => ({ href: `${path}?page=${page}&per_page=${window.perPage}` });
  return {
    page: window.page,
    limit: window.perPage,
    pages,
    total: result.total,
    _links: {
      self: href(window.page),
      first: href(1),
      last: href(pages),
      ...(window.page < pages ? { next: href(window.page + 1) } : {}),
      ...(window.page > 1 ? { previous: href(Math.min(window.page - 1, pages)) } : {}),
    },
    _embedded: { [key]: result.items.map(render) },
  };
}
