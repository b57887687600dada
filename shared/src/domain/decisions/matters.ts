import type { VotingRule } from './decisions';

/** The kinds of decision DOMAIN.md §3 distinguishes; each fixes the threshold if a vote is taken. */
export type Matter =
  | 'art5-extension'
  | 'art8-consider-further'
  | 'art8-fact-finding'
  | 'art8-measures'
  | 'art13-amendment'
  | 'procedural'
  | 'other-substance'
  | 'election';

export type MatterInfo = {
  label: string;
  /** The threshold if consensus fails and a vote is taken. */
  rule: VotingRule;
  /** Every decision is first sought by consensus (§3); a vote follows only if that fails. */
  consensusFirst: boolean;
  /** The Convention itself names consensus before the vote (Art. 8.6, 8.20), not just practice. */
  consensusByConvention: boolean;
  /** 'Convention Art. 5.5' or 'RoP default': shown beside every result. */
  source: string;
  article: string | null;
  /** Treaty text: never changed by a meeting's rules of procedure. */
  convention: boolean;
  note: string | null;
};

export const MATTERS: Record<Matter, MatterInfo> = {
  'art5-extension': {
    label: 'Article 5 extension request',
    rule: 'majority-present-voting',
    consensusFirst: true,
    consensusByConvention: false,
    source: 'Convention Art. 5.5',
    article: 'Art. 5.5',
    convention: true,
    note: null,
  },
  'art8-consider-further': {
    label: 'Consider an Article 8 compliance matter further',
    rule: 'majority-present-voting',
    consensusFirst: true,
    consensusByConvention: true,
    source: 'Convention Art. 8.6',
    article: 'Art. 8.6',
    convention: true,
    note: 'Consensus, else a majority of States Parties present and voting.',
  },
  'art8-fact-finding': {
    label: 'Authorize a fact-finding mission and its mandate',
    rule: 'majority-present-voting',
    consensusFirst: true,
    consensusByConvention: false,
    source: 'Convention Art. 8.8',
    article: 'Art. 8.8',
    convention: true,
    note: null,
  },
  'art8-measures': {
    label: 'Measures or recommendations under Article 8.18 / 8.19',
    rule: 'two-thirds-present-voting',
    consensusFirst: true,
    consensusByConvention: true,
    source: 'Convention Art. 8.20',
    article: 'Art. 8.20',
    convention: true,
    note: 'Consensus, else two-thirds of States Parties present and voting.',
  },
  'art13-amendment': {
    label: 'Adopt an amendment (Amendment Conference)',
    rule: 'two-thirds-present-voting',
    consensusFirst: true,
    consensusByConvention: false,
    source: 'Convention Art. 13.4',
    article: 'Art. 13.4',
    convention: true,
    note: null,
  },
  'other-substance': {
    label: 'Other matter of substance',
    rule: 'two-thirds-present-voting',
    consensusFirst: true,
    consensusByConvention: false,
    source: 'Rules of procedure (UN model)',
    article: null,
    convention: false,
    note: null,
  },
  procedural: {
    label: 'Procedural matter (including appeal of a ruling)',
    rule: 'majority-present-voting',
    consensusFirst: true,
    consensusByConvention: false,
    source: 'Rules of procedure (UN model)',
    article: null,
    convention: false,
    note: null,
  },
  election: {
    label: 'Election (President, Vice-Presidents, committees)',
    rule: 'majority-present-voting',
    consensusFirst: true,
    consensusByConvention: false,
    source: 'Rules of procedure (UN model)',
    article: null,
    convention: false,
    note: 'Acclamation in practice; if contested, secret ballot; ties go to further ballots.',
  },
};

export const MATTER_KEYS = Object.keys(MATTERS) as Matter[];
