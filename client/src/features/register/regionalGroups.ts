import type { T } from '../../lib/locale/translate';

/** The UN regional groups as the register stores them, each with its message option. */
const GROUPS: Record<string, string> = {
  'African Group': 'african',
  'Asia-Pacific Group': 'asiaPacific',
  'Eastern European Group': 'easternEuropean',
  GRULAC: 'grulac',
  WEOG: 'weog',
  'Western European and Others Group': 'weog',
  // The server's label for States without a group.
  'No regional group': 'none',
};

/** A regional group's name in the language shown; a group the screens do not know shows as stored. */
export function groupName(t: T, group: string | null): string {
  const key = group === null ? 'none' : GROUPS[group];
  return key ? t('register.group', { group: key }) : (group ?? '');
}
