export const ROLES = ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'OPERATOR', 'VIEWER', 'DRIVER'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a user (by token) or an API key. Every domain call takes one. */
export interface Actor {
  tenantId: string;
  role: Role;
  userId: string | null;
  apiKeyId: string | null;
}

export function actorLabel(actor: Actor): string {
  if (actor.userId) return `user:${actor.userId}`;
  return actor.apiKeyId ? `apikey:${actor.apiKeyId}` : 'system'; // the server itself, e.g. load management
}
