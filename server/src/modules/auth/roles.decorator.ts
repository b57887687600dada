import { SetMetadata } from '@nestjs/common';
import type { Role } from '@plenary/shared';

export const ROLES_KEY = 'plenary:roles';
/** Endpoints without @Roles are public; with it, only the listed roles pass. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
