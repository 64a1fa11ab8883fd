import { eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import { NotFound } from '../errors.js';
import type { User } from './users.js';

/** The caller's own user record. */
export async function findOwnUser(db: Executor, access: PersonalAccess): Promise<User> {
  const [row] = await db.select().from(schema.users).where(eq(schema.users.id, access.user.id));
  if (!row) throw new NotFound('user');
  return row;
}
