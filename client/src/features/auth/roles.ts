import type { Role } from '@plenary/shared';

export function roleLabel(role: Role): string {
  switch (role) {
    case 'secretariat':
      return 'Secretariat';
    case 'president':
      return 'President';
    case 'delegation':
      return 'Delegation';
    case 'observer':
      return 'Observer';
    case 'public':
      return 'Public';
  }
}

/** The screen each role works on. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'secretariat':
      return '/desk';
    case 'president':
      return '/console';
    case 'delegation':
      return '/vote';
    case 'observer':
    case 'public':
      return '/board';
  }
}
