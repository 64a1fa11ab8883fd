/** One page of a list: rows to skip and rows to return. */
export interface PageRequest {
  offset: number;
  limit: number;
}

/** A page of a list and the size of the whole list, so a surface can render any pagination style. */
export interface Page<T> {
  items: T[];
  total: number;
}
