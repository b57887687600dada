import { committeeName, type CommitteeId, type OfficeBody } from '@plenary/shared';
import { useFormat } from '../../lib/locale/context';
import type { UiKey } from '../../i18n/catalogue';

/** A committee's name in the page's language: the one shared definition (`committeeName`). */
export function useCommitteeName(): (c: CommitteeId) => string {
  const fmt = useFormat();
  return (c) => committeeName(fmt.locale, c);
}

/** The catalogue key of an office's name. */
export function officeKey(kind: OfficeBody['kind']): UiKey {
  switch (kind) {
    case 'president':
      return 'officeholders.president';
    case 'president-designate':
      return 'officeholders.presidentDesignate';
    case 'vice-president':
      return 'officeholders.vicePresident';
    case 'sponsorship-coordinator':
      return 'officeholders.sponsorshipCoordinator';
    case 'committee-member':
      return 'officeholders.member';
    case 'committee-chair':
      return 'officeholders.chair';
  }
}
