import type { CommitteeId } from '../domain/offices/offices';
import { formatMessage } from './translator';

/** A committee's name in the language asked for (DOMAIN.md §9). */
export const committeeName = (locale: string | null | undefined, committee: CommitteeId): string =>
  formatMessage(locale, `committeeName.${committee}`);

/**
 * The title of the agenda item that carries a committee meeting's conclusions and recommendations
 * to the next MSP or Review Conference: "Conclusions and recommendations of the Committee on
 * Victim Assistance (VAC-2026)", in the language asked for. The server stores it in English; a
 * screen renders it from the item's `conclusionsOf`.
 */
export const conclusionsItemTitle = (
  locale: string | null | undefined,
  of: { committee: CommitteeId; code: string },
): string =>
  formatMessage(locale, 'agenda.conclusionsOf', {
    committee: committeeName(locale, of.committee),
    code: of.code,
  });
