import type { AuthChecker } from 'type-graphql';
import { assertCan, type Permission } from '../domain/policy.js';
import { requireActor, type Context } from './context.js';

/** `@Authorized('chargers:write')`: authentication, then the domain's policy decides. */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  const actor = requireActor(context);
  for (const permission of permissions) assertCan(actor, permission);
  return true;
};
