import { stateName, type ElectionView, type OfficeBody, type RoundView } from '@plenary/shared';
import type { UiKey } from '../../i18n/catalogue';
import type { Format } from '../../lib/locale/format';
import type { T } from '../../lib/locale/translate';

/**
 * The words of an election as the UN Journal prints them ("Number of ballot papers", "Required
 * majority", "Having obtained the required majority, … was elected"), in the reader's language:
 * every function takes the page's translator and formatters (`useT()`, `useFormat()`). Pure:
 * screens and specs share it.
 */
export interface Words {
  t: T;
  fmt: Format;
}

type Candidates = Pick<ElectionView, 'candidates'>;

/** "Ana Alves (Brazil)" or "Brazil": the State's UN short name in the reader's language, the person as written. */
export function candidateName({ t, fmt }: Words, e: Candidates, id: string): string {
  const c = e.candidates.find((k) => k.id === id);
  if (!c) return id;
  const state = stateName(c.state, fmt.locale, 'short', { registerName: c.stateName });
  return c.person === null ? state : t('election.candidate.person', { person: c.person, state });
}

/** "First ballot", "Second ballot (restricted)", "Eleventh" and later as "Ballot 11". */
export function ballotTitle({ t }: Words, r: RoundView['round']): string {
  return t('election.ballot.title', { number: r.number, kind: r.kind });
}

const OFFICE_IN_SENTENCE: Record<OfficeBody['kind'], UiKey> = {
  president: 'election.office.president',
  'president-designate': 'election.office.presidentDesignate',
  'vice-president': 'election.office.vicePresident',
  'sponsorship-coordinator': 'election.office.sponsorshipCoordinator',
  'committee-member': 'election.office.member',
  'committee-chair': 'election.office.chair',
};

/** The office as a sentence names it after "elected" ("President", "member of the committee"). */
export function officeName({ t }: Words, o: OfficeBody | null): string | null {
  return o ? t(OFFICE_IN_SENTENCE[o.kind]) : null;
}

export interface CountLine {
  label: string;
  value: number;
}

/** The count of a round, line by line, as announced from the rostrum. */
export function countLines({ t }: Words, r: RoundView): CountLine[] {
  const c = r.count;
  if (!c) return [];
  return [
    { label: t('election.count.cast'), value: c.cast },
    { label: t('election.count.invalid'), value: c.invalid },
    { label: t('election.count.valid'), value: c.valid },
    { label: t('election.count.blank'), value: c.blank },
    { label: t('election.count.presentAndVoting'), value: c.presentAndVoting },
    { label: t('election.count.requiredMajority'), value: c.requiredMajority },
  ];
}

/** Votes obtained, most first; ties in the election's order (never anything else). */
export function votesObtained(
  w: Words,
  e: Candidates,
  r: RoundView,
): { id: string; name: string; votes: number; majority: boolean }[] {
  const c = r.count;
  if (!c) return [];
  return c.results
    .map((x, i) => ({
      i,
      id: x.candidateId,
      name: candidateName(w, e, x.candidateId),
      votes: x.votes,
      majority: x.majority,
    }))
    .sort((a, b) => b.votes - a.votes || a.i - b.i)
    .map(({ i: _i, ...rest }) => rest);
}

/** "155 of 161 delegations have voted." */
export function roundProgress({ t }: Words, r: RoundView): string {
  return t('election.round.progress', { voted: r.voted, eligible: r.eligible });
}

/** What the round decided, in one sentence. */
export function roundOutcome(w: Words, e: ElectionView, r: RoundView): string {
  const { t } = w;
  const c = r.count;
  if (!c) return roundProgress(w, r);
  const office = officeName(w, e.office);
  const elected = c.elected.map((x) => candidateName(w, e, x.candidateId));
  const lotElected = e.elected.filter((x) => x.round === r.round.number && x.by === 'lot');
  if (elected.length) {
    const params = { names: names(w, elected), count: elected.length };
    return office
      ? t('election.outcome.electedAs', { ...params, office })
      : t('election.outcome.elected', params);
  }
  if (lotElected.length)
    return t('election.outcome.lot', {
      names: names(
        w,
        lotElected.map((x) => candidateName(w, e, x.candidateId)),
      ),
      count: lotElected.length,
    });
  if (c.presentAndVoting === 0) return t('election.outcome.again');
  return t('election.outcome.none');
}

/** What comes next, as the President announces it. */
export function nextAnnouncement(w: Words, e: ElectionView): string {
  const { t } = w;
  const n = e.next;
  if (n.step === 'done') {
    if (!n.elected.length) return t('election.next.noneElected');
    const office = officeName(w, e.office);
    const params = {
      names: names(
        w,
        n.elected.map((x) => candidateName(w, e, x.candidateId)),
      ),
      count: n.elected.length,
      by: n.elected.every((x) => x.by === 'acclamation') ? 'acclamation' : 'ballot',
    };
    const elected = office
      ? t('election.next.electedAs', { ...params, office })
      : t('election.next.elected', params);
    return n.unfilled ? `${elected} ${t('election.next.unfilled', { count: n.unfilled })}` : elected;
  }
  if (n.step === 'lot') {
    const tied = names(
      w,
      n.lot.tied.map((id) => candidateName(w, e, id)),
    );
    return n.lot.purpose === 'restricted-list'
      ? t('election.next.lotRestrictedList', { tied })
      : t('election.next.lotRestricted', { tied });
  }
  const r = n.round;
  const params = {
    names: names(
      w,
      r.candidates.map((id) => candidateName(w, e, id)),
    ),
    places: r.placesLeft,
  };
  if (e.openRound === r.number)
    return t('election.next.inProgress', { ...params, ballot: ballotTitle(w, r) });
  if (r.kind === 'restricted') return t('election.next.restricted', params);
  if (r.kind === 'free') return t('election.next.free', { places: r.placesLeft });
  return t('election.next.ballot', params);
}

/** "A, B and C" in the language's own way. */
function names({ fmt }: Words, list: string[]): string {
  return fmt.list(list);
}
