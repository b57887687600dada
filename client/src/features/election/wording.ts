import type { ElectionView, OfficeBody, RoundView } from '@plenary/shared';

/**
 * The words of an election as the UN Journal prints them ("Number of ballot papers", "Required
 * majority", "Having obtained the required majority, … was elected"). Pure: screens and specs
 * share it.
 */

type Candidates = Pick<ElectionView, 'candidates'>;

export function candidateName(e: Candidates, id: string): string {
  const c = e.candidates.find((k) => k.id === id);
  if (!c) return id;
  return c.person === null ? c.stateName : `${c.person} (${c.stateName})`;
}

const ORDINALS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
];
export const ordinalWord = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

export function ballotTitle(r: RoundView['round']): string {
  const kind = r.kind === 'first' ? '' : r.kind === 'restricted' ? ' (restricted)' : ' (unrestricted)';
  return `${ordinalWord(r.number)} ballot${kind}`;
}

export function officeName(o: OfficeBody | null): string | null {
  if (!o) return null;
  switch (o.kind) {
    case 'president':
      return 'President';
    case 'president-designate':
      return 'President-designate';
    case 'vice-president':
      return 'Vice-President';
    case 'sponsorship-coordinator':
      return 'Sponsorship Coordinator';
    case 'committee-member':
      return 'member of the committee';
    case 'committee-chair':
      return 'Chair of the committee';
  }
}

export interface CountLine {
  label: string;
  value: number;
}

/** The count of a round, line by line, as announced from the rostrum. */
export function countLines(r: RoundView): CountLine[] {
  const c = r.count;
  if (!c) return [];
  return [
    { label: 'Number of ballot papers', value: c.cast },
    { label: 'Number of invalid ballots', value: c.invalid },
    { label: 'Number of valid ballots', value: c.valid },
    { label: 'Abstentions', value: c.blank },
    { label: 'Number of States Parties present and voting', value: c.presentAndVoting },
    { label: 'Required majority', value: c.requiredMajority },
  ];
}

/** Votes obtained, most first; ties in the election's order (never anything else). */
export function votesObtained(
  e: Candidates,
  r: RoundView,
): { id: string; name: string; votes: number; majority: boolean }[] {
  const c = r.count;
  if (!c) return [];
  return c.results
    .map((x, i) => ({
      i,
      id: x.candidateId,
      name: candidateName(e, x.candidateId),
      votes: x.votes,
      majority: x.majority,
    }))
    .sort((a, b) => b.votes - a.votes || a.i - b.i)
    .map(({ i: _i, ...rest }) => rest);
}

/** What the round decided, in one sentence. */
export function roundOutcome(e: ElectionView, r: RoundView): string {
  const c = r.count;
  if (!c) return `${r.voted} of ${r.eligible} delegations have voted.`;
  const office = officeName(e.office);
  const elected = c.elected.map((x) => candidateName(e, x.candidateId));
  const lotElected = e.elected.filter((x) => x.round === r.round.number && x.by === 'lot');
  if (elected.length) {
    const who = joinNames(elected);
    return `Having obtained the required majority, ${who} ${elected.length === 1 ? 'was' : 'were'} elected${office ? ` ${office}` : ''}.`;
  }
  if (lotElected.length) {
    return `The votes being equally divided, ${joinNames(lotElected.map((x) => candidateName(e, x.candidateId)))} was elected by lot.`;
  }
  if (c.presentAndVoting === 0) return 'No ballot named a candidate: the ballot is held again.';
  return 'No candidate obtained the required majority.';
}

/** What comes next, as the President announces it. */
export function nextAnnouncement(e: ElectionView): string {
  const n = e.next;
  if (n.step === 'done') {
    if (!n.elected.length) return 'The election is closed; no candidate was elected.';
    const office = officeName(e.office);
    const who = joinNames(n.elected.map((x) => candidateName(e, x.candidateId)));
    const by = n.elected.every((x) => x.by === 'acclamation') ? ' by acclamation' : '';
    return `${who} ${n.elected.length === 1 ? 'is' : 'are'} elected${office ? ` ${office}` : ''}${by}.${n.unfilled ? ` ${n.unfilled} place${n.unfilled === 1 ? ' remains' : 's remain'} unfilled.` : ''}`;
  }
  if (n.step === 'lot') {
    const tied = joinNames(n.lot.tied.map((id) => candidateName(e, id)));
    return n.lot.purpose === 'restricted-list'
      ? `${tied} obtained the same number of votes: a lot decides who goes forward to the restricted ballot.`
      : `${tied} obtained the same number of votes in the restricted ballot: the President draws lots.`;
  }
  const r = n.round;
  const names = joinNames(r.candidates.map((id) => candidateName(e, id)));
  const places = `${r.placesLeft} place${r.placesLeft === 1 ? '' : 's'}`;
  if (e.openRound === r.number) return `${ballotTitle(r)} in progress: ${names} for ${places}.`;
  if (r.kind === 'restricted')
    return `In accordance with the rules, a restricted ballot is held between ${names} for ${places}.`;
  if (r.kind === 'free')
    return `After three inconclusive restricted ballots, an unrestricted ballot is held for ${places}.`;
  return `The meeting proceeds to a secret ballot: ${names} for ${places}.`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
