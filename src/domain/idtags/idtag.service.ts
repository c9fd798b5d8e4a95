import { scopeOf } from '../scope.js';
import type { PageArgs } from '../../db/paginate.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { ReferenceRepository } from '../references.repository.js';
import type { Actor } from '../roles.js';
import type { IdTagFilter, IdTagRepository, IdTagRow, IdTagValues } from './idtag.repository.js';

// idTag is CiString20 (OCPP 1.6 §7.32): printable ASCII, at most 20 characters.
export const ID_TAG_PATTERN = /^[\x21-\x7e]{1,20}$/;
export const ID_TAG_STATUSES = ['ACCEPTED', 'BLOCKED', 'EXPIRED'] as const;

/** Omitted fields stay as they are; an explicit null clears a nullable one. */
export interface IdTagInput {
  value?: string | null;
  userId?: string | null;
  status?: (typeof ID_TAG_STATUSES)[number] | null;
  expiresAt?: Date | null;
  parentIdTag?: string | null;
  groupName?: string | null;
}

export function createIdTagService(deps: { idTags: IdTagRepository; references: ReferenceRepository }) {
  const { idTags, references } = deps;

  async function check(actor: Actor, input: IdTagInput, creating: boolean): Promise<void> {
    new InputChecker()
      .check(
        input.value === undefined && !creating ? true : ID_TAG_PATTERN.test(input.value ?? ''),
        'value',
        'must be 1-20 printable ASCII characters without spaces',
      )
      .check(input.status !== null, 'status', 'may not be null')
      .check(
        !input.parentIdTag || ID_TAG_PATTERN.test(input.parentIdTag),
        'parentIdTag',
        'must be 1-20 printable ASCII characters without spaces',
      )
      .check(
        input.groupName == null || (input.groupName.trim().length > 0 && input.groupName.length <= 100),
        'groupName',
        'must be 1-100 characters',
      )
      .throwIfAny();
    if (input.userId && !(await references.userExists(scopeOf(actor), input.userId)))
      throw new NotFoundError('User', input.userId);
  }

  async function unique<T>(value: string | null | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      // Unique per tenant, case-insensitively (CiString, OCPP 1.6 §3.9).
      if (isUniqueViolation(err)) throw new ConflictError(`Id tag ${value} already exists`, { field: 'value' });
      throw err;
    }
  }

  return {
    async get(actor: Actor, id: string): Promise<IdTagRow | null> {
      assertCan(actor, 'idtags:read');
      const [row] = await idTags.byIds(actor.tenantId, [id]);
      return row && (actor.role !== 'DRIVER' || row.userId === actor.userId) ? row : null;
    },

    list(actor: Actor, filter: IdTagFilter, page: PageArgs) {
      assertCan(actor, 'idtags:read');
      // A driver lists only their own tags.
      const scoped =
        actor.role === 'DRIVER'
          ? { ...filter, userId: actor.userId ?? '00000000-0000-0000-0000-000000000000' }
          : filter;
      return idTags.list(actor.tenantId, scoped, page);
    },

    async create(actor: Actor, input: IdTagInput): Promise<IdTagRow> {
      assertCan(actor, 'idtags:write');
      await check(actor, input, true);
      return unique(input.value, () => idTags.insert(actor.tenantId, { ...toValues(input), value: input.value! }));
    },

    async update(actor: Actor, id: string, input: IdTagInput): Promise<IdTagRow> {
      assertCan(actor, 'idtags:write');
      await check(actor, input, false);
      const row = await unique(input.value, () => idTags.update(actor.tenantId, id, toValues(input)));
      if (!row) throw new NotFoundError('IdTag', id);
      return row;
    },

    async delete(actor: Actor, id: string): Promise<boolean> {
      assertCan(actor, 'idtags:write');
      if (!(await idTags.softDelete(actor.tenantId, id))) throw new NotFoundError('IdTag', id);
      return true;
    },
  };
}

function toValues(input: IdTagInput): IdTagValues {
  const values: IdTagValues = {};
  if (input.value) values.value = input.value;
  if (input.status) values.status = input.status;
  if (input.userId !== undefined) values.userId = input.userId;
  if (input.expiresAt !== undefined) values.expiresAt = input.expiresAt;
  if (input.parentIdTag !== undefined) values.parentIdTag = input.parentIdTag;
  if (input.groupName !== undefined) values.groupName = input.groupName?.trim() ?? null;
  return values;
}

export type IdTagService = ReturnType<typeof createIdTagService>;
