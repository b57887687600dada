import type { Role } from '@plenary/shared';
import { createT, type T } from '../../lib/locale/translate';

const english = createT('en');

/** The role's name in the page's language: `roleLabel(role, useT())` (English without a `t`). */
export function roleLabel(role: Role, t: T = english): string {
  switch (role) {
    case 'secretariat':
      return t('common.role.secretariat');
    case 'president':
      return t('common.role.president');
    case 'delegation':
      return t('common.role.delegation');
    case 'observer':
      return t('common.role.observer');
    case 'public':
      return t('common.role.public');
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
