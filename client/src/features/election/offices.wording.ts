import type { CommitteeId, OfficeBody } from '@plenary/shared';
import type { UiKey } from '../../i18n/catalogue';

/** The catalogue key of each committee's name (officeholders namespace). */
export function committeeKey(c: CommitteeId): UiKey {
  switch (c) {
    case 'article-5-implementation':
      return 'officeholders.committee.article5';
    case 'victim-assistance':
      return 'officeholders.committee.victimAssistance';
    case 'cooperation-and-assistance':
      return 'officeholders.committee.cooperation';
    case 'cooperative-compliance':
      return 'officeholders.committee.compliance';
  }
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
