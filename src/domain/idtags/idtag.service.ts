import type { PageArgs } from '../../db/paginate.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { ReferenceRepository } from '../references.repository.js';
import type { Scope } from '../scope.js';
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
  chargingPriority?: number | null;
}

export function createIdTagService(deps: { idTags: IdTagRepository; references: ReferenceRepository }) {
  const { idTags, references } = deps;

  async function check(scope: Scope, input: IdTagInput, creating: boolean): Promise<void> {
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
    if (input.userId && !(await references.userExists(scope, input.userId)))
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
    async get(scope: Scope, id: string): Promise<IdTagRow | null> {
      assertCan(scope, 'idtags:read');
      const [row] = await idTags.byIds(scope, [id]);
      return row ?? null;
    },

    list(scope: Scope, filter: IdTagFilter, page: PageArgs) {
      assertCan(scope, 'idtags:read');
      return idTags.list(scope, filter, page);
    },

    async create(scope: Scope, input: IdTagInput): Promise<IdTagRow> {
      assertCan(scope, 'idtags:write');
      await check(scope, input, true);
      return unique(input.value, () => idTags.insert(scope, { ...toValues(input), value: input.value! }));
    },

    async update(scope: Scope, id: string, input: IdTagInput): Promise<IdTagRow> {
      assertCan(scope, 'idtags:write');
      await check(scope, input, false);
      const row = await unique(input.value, () => idTags.update(scope, id, toValues(input)));
      if (!row) throw new NotFoundError('IdTag', id);
      return row;
    },

    /** Id tags of these users that the scope sees (a driver: their own), for the `User.idTags` relation. */
    ofUsers: (scope: Scope, userIds: readonly string[]) => idTags.ofUsers(scope, userIds),

    async delete(scope: Scope, id: string): Promise<boolean> {
      assertCan(scope, 'idtags:write');
      if (!(await idTags.softDelete(scope, id))) throw new NotFoundError('IdTag', id);
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
  if (input.chargingPriority !== undefined) values.chargingPriority = input.chargingPriority;
  return values;
}

export type IdTagService = ReturnType<typeof createIdTagService>;
