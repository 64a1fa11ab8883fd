import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL's bytea as a Buffer on both drivers (PGlite answers a Uint8Array, `pg` a Buffer). */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
