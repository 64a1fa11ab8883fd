// @ts-nocheck: a clone-detection fixture, never compiled
import { send } from './transport.js';

export function onCreate(request: Request): Response {
  const body = request.body as Record<string, unknown>;
  if (!body || typeof body.name !== 'string') {
    return new Response(400, { error: 'name is required' });
  }
  const item = store.create({ name: body.name, owner: request.user });
  audit.record('create', item.id, request.user);
  return new Response(201, item);
}

export function onUpdate(request: Request): Response {
  const body = request.body as Record<string, unknown>;
  if (!body || typeof body.name !== 'string') {
    return new Response(400, { error: 'name is required' });
  }
  const item = store.update({ name: body.name, owner: request.user });
  audit.record('update', item.id, request.user);
  return new Response(200, item);
}

export const table = [
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
  [1, 2, 3], [4, 5, 6], [7, 8, 9],
];
