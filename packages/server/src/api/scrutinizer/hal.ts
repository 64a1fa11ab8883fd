import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TObject, TSchema } from 'typebox';
import type { Page, PageRequest } from '../../domain/paging.js';
import { halPageSchema, PageQuery, routeSchema } from './schemas.js';

export interface PageWindow extends PageRequest {
  page: number;
  perPage: number;
}

export function pageWindow(query: PageQuery): PageWindow {
  const page = query.page ?? 1;
  const perPage = query.per_page ?? 20;
  return { page, perPage, offset: (page - 1) * perPage, limit: perPage };
}

/** What a list echoes beside its page: its own fields (`sort_field` …), and the query its links carry on. */
export interface PageEcho {
  fields?: Record<string, unknown>;
  /** Already encoded, each parameter led by `&` (e.g. `&labels[]=bug`), appended to every link. */
  query?: string;
}

/** Renders a page as Scrutinizer does; `next` appears only when there is a next page. */
export function halPage<T, Item>(
  path: string,
  key: string,
  window: PageWindow,
  result: Page<T>,
  render: (item: T) => Item,
  echo: PageEcho = {},
) {
  const pages = Math.max(1, Math.ceil(result.total / window.perPage));
  const href = (page: number) => ({ href: `${path}?page=${page}&per_page=${window.perPage}${echo.query ?? ''}` });
  return {
    page: window.page,
    limit: window.perPage,
    ...echo.fields,
    pages,
    total: result.total,
    _links: {
      self: href(window.page),
      first: href(1),
      last: href(pages),
      ...(window.page < pages ? { next: href(window.page + 1) } : {}),
      ...(window.page > 1 ? { previous: href(Math.min(window.page - 1, pages)) } : {}),
    },
    _embedded: { [key]: result.items.map((item) => render(item)) },
  };
}

/** One page of a list as a route answers it: the path its links point to, the page, and each item's wire form. */
export interface ListedPage<T> {
  path: string;
  result: Page<T>;
  render(item: T): unknown;
}

/** A `GET` of a paged list: its docs, the key its items sit under in `_embedded`, and how to read one page. */
export interface HalList<T> {
  summary: string;
  description?: string;
  params?: TObject;
  key: string;
  item: TSchema;
  page(request: FastifyRequest, window: PageWindow): Promise<ListedPage<T>>;
}

/** Registers a paged list route: `page` and `per_page` in, a HAL page out, errors as `{message}`. */
export function halListRoute<T>(app: FastifyInstance, url: string, list: HalList<T>): void {
  const schema = routeSchema({
    summary: list.summary,
    ...(list.description ? { description: list.description } : {}),
    ...(list.params ? { params: list.params } : {}),
    querystring: PageQuery,
    response: { 200: halPageSchema(list.key, list.item) },
  });
  app.get(url, { schema }, async (request) => {
    const window = pageWindow(request.query as PageQuery);
    const { path, result, render } = await list.page(request, window);
    return halPage(path, list.key, window, result, render);
  });
}
