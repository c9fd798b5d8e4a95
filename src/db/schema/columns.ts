import { timestamp, uuid } from 'drizzle-orm/pg-core';

// Shared column builders: every timestamp is timestamptz (ARCHITECTURE.md "Data").
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => tstz('created_at').notNull().defaultNow();
export const updatedAt = () => tstz('updated_at').notNull().defaultNow();
export const deletedAt = () => tstz('deleted_at');
