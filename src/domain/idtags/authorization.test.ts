import { describe, expect, it } from 'vitest';
import { verdictFor } from './authorization.js';

const now = new Date('2024-05-01T10:00:00Z');
const row = (over: Record<string, unknown> = {}) =>
  ({
    id: 't1',
    tenantId: 'x',
    value: 'TAG',
    userId: 'u1',
    status: 'ACCEPTED',
    expiresAt: null,
    parentIdTag: null,
    groupName: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...over,
  }) as never;

describe('verdictFor', () => {
  it('answers Invalid for an unknown tag', () => expect(verdictFor(undefined, now).status).toBe('Invalid'));
  it('answers Accepted with expiry and parent', () =>
    expect(verdictFor(row({ expiresAt: new Date('2025-01-01T00:00:00Z'), parentIdTag: 'FLEET' }), now)).toMatchObject({
      status: 'Accepted',
      expiryDate: new Date('2025-01-01T00:00:00Z'),
      parentIdTag: 'FLEET',
      userId: 'u1',
    }));
  it('answers Expired past the expiry or when marked so', () => {
    expect(verdictFor(row({ expiresAt: new Date('2024-04-30T00:00:00Z') }), now).status).toBe('Expired');
    expect(verdictFor(row({ status: 'EXPIRED' }), now).status).toBe('Expired');
  });
  it('answers Blocked before anything else', () =>
    expect(verdictFor(row({ status: 'BLOCKED', expiresAt: new Date(0) }), now).status).toBe('Blocked'));
});
