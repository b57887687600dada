import type {
  OfficialConclusion,
  OfficialCorrection,
  OfficialBallot,
  OfficialDecision,
  OfficialElection,
  OfficialIntendedVote,
  OfficialRuling,
  OfficialRecord,
  OfficialResult,
  OfficialStateVotes,
  RecordMessage,
} from '../contracts/http/record.contract';
import type { Choice, RecordEntry, RecordHead, VoteMethod } from '../contracts/http/plenary.contract';
import type { VotingRule } from '../domain/decisions/decisions';
import { MATTERS, type Matter } from '../domain/decisions/matters';
import { articleOf } from '../domain/decisions/matters.rules';
import { isMessageKey, type MessageKey } from './catalogue';
import { formatDate, intlLocale } from './format';
import { formatList } from './format';
import { directionOf, type Language, LANGUAGE_TAGS } from './languages';
import { arithmeticMessage, outcomeMessage, type OutcomeInput, type OutcomeSubject } from './outcome';
import { inEnglishOrder, stateName } from './state-names';
import { formatMessage, type Message, type MessageParams } from './translator';

/**
 * The official record of a meeting (DOMAIN.md §6) built from its append-only record: decisions in
 * order, each with its agenda item, text, matter, rule and article, method and the paragraphs UN
 * records print ("A recorded vote was taken. In favour: …"), corrections and intended-vote notes
 * beside the decision they reference, and the chain head. Pure: the server gathers the inputs, the
 * print view, PDF, DOCX and JSON exports all render this one result.
 */
export type OfficialRecordSource = {
  meeting: OfficialRecord['meeting'];
  agenda: readonly { id: string; position: number; title: string }[];
  questions: readonly { id: string; text: string; agendaItemId: string | null }[];
  entries: readonly RecordEntry[];
  head: Pick<RecordHead, 'seq' | 'hash' | 'at'>;
  /** The meeting's elections' titles (free text, kept out of the entries' facts). */
  elections?: readonly { id: string; title: string }[];
  /** The meeting's delegations and their States, to name who raised a point of order. */
  delegations?: readonly { id: string; iso3: string | null }[];
};

/** Entry kinds this record reads. Other decision kinds (`decision.*`) are shown from their summary. */
export const DECISION_KINDS = ['decision.vote', 'decision.consensus'] as const;
export const CORRECTION_KIND = 'correction';
export const INTENDED_VOTE_KIND = 'note.intended-vote';
/** A committee's conclusion or recommendation (DOMAIN.md §9): `data` holds position, kind and text. */
export const CONCLUSION_KIND = 'committee.conclusion';

const isDecisionKind = (kind: string) => kind.startsWith('decision.');

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const obj = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const isChoice = (v: unknown): v is Choice => v === 'yes' || v === 'no' || v === 'abstain';
const METHODS: readonly VoteMethod[] = ['recorded', 'secret', 'show-of-hands', 'roll-call'];
const isMethod = (v: unknown): v is VoteMethod => METHODS.includes(v as VoteMethod);
const isMatter = (v: unknown): v is Matter => typeof v === 'string' && v in MATTERS;
const isRule = (v: unknown): v is VotingRule =>
  v === 'majority-present-voting' || v === 'two-thirds-present-voting';

function subjectOf(matter: Matter | null): OutcomeSubject {
  if (matter === 'art13-amendment') return 'amendment';
  if (matter === 'procedural') return 'motion';
  return 'draft-decision';
}

function resultOf(data: Record<string, unknown>, kind: string): OfficialResult | null {
  if (kind === 'decision.consensus')
    return {
      outcome: 'adopted-without-vote',
      yes: null,
      no: null,
      abstain: null,
      presentAndVoting: null,
      required: null,
      quorumRequired: null,
      presentAtClose: null,
    };
  const r = obj(data.result);
  const outcome = r?.outcome;
  if (!r || (outcome !== 'adopted' && outcome !== 'rejected' && outcome !== 'no-quorum')) return null;
  return {
    outcome,
    yes: int(r.yes),
    no: int(r.no),
    abstain: int(r.abstain),
    presentAndVoting: int(r.presentAndVoting),
    required: int(r.required),
    quorumRequired: int(r.quorumRequired),
    presentAtClose: int(r.presentAtClose),
  };
}

function outcomeInput(result: OfficialResult, rule: VotingRule | null): OutcomeInput {
  if (result.outcome === 'adopted-without-vote') return { outcome: 'adopted-without-vote' };
  if (result.outcome === 'no-quorum')
    return {
      outcome: 'no-quorum',
      presentAtClose: result.presentAtClose ?? 0,
      quorumRequired: result.quorumRequired,
    };
  return {
    outcome: result.outcome,
    yes: result.yes ?? 0,
    no: result.no ?? 0,
    abstain: result.abstain ?? 0,
    ...(rule ? { rule } : {}),
  };
}

/** Per-State votes of a recorded or roll-call vote; never for a secret ballot or a show of hands. */
function stateVotes(
  method: VoteMethod | 'consensus' | null,
  votes: unknown,
  eligible: readonly string[],
): OfficialStateVotes | null {
  if (method !== 'recorded' && method !== 'roll-call') return null;
  const byState = obj(votes) ?? {};
  const out: Record<Choice, string[]> = { yes: [], no: [], abstain: [] };
  for (const [iso3, choice] of Object.entries(byState)) if (isChoice(choice)) out[choice].push(iso3);
  const voted = new Set(Object.keys(byState));
  return {
    inFavour: inEnglishOrder(out.yes),
    against: inEnglishOrder(out.no),
    abstaining: inEnglishOrder(out.abstain),
    notVoting: inEnglishOrder(eligible.filter((iso3) => !voted.has(iso3))),
  };
}

/**
 * The decision's paragraphs as language-free messages: how it was taken, the three lists of a
 * recorded (or roll-call) vote, the outcome. The record keeps exactly these (RecordService.append
 * stores them in each decision entry), so a past entry renders in every language.
 */
export function decisionMessages(facts: {
  method: VoteMethod | 'consensus' | null;
  matter: Matter | null;
  rule: VotingRule | null;
  result: OfficialResult;
  votes: OfficialStateVotes | null;
}): { paragraphs: Message[]; arithmetic: Message | null } {
  const { method, matter, rule, result, votes } = facts;
  const outcome = outcomeMessage(outcomeInput(result, rule), subjectOf(matter));
  const lists: Message[] = votes
    ? [
        { key: 'record.inFavourList', params: { states: votes.inFavour } },
        { key: 'record.againstList', params: { states: votes.against } },
        { key: 'record.abstainingList', params: { states: votes.abstaining } },
      ]
    : [];
  const taken: Message[] =
    method === 'recorded'
      ? [{ key: 'record.recordedVoteTaken' }]
      : method === 'roll-call'
        ? [{ key: 'officialRecord.rollCallTaken' }]
        : method === 'secret'
          ? [{ key: 'officialRecord.secretBallotTaken' }]
          : method === 'show-of-hands'
            ? [{ key: 'officialRecord.showOfHandsTaken' }]
            : [];
  const voted = result.outcome === 'adopted' || result.outcome === 'rejected';
  const arithmetic =
    voted && rule && result.presentAndVoting !== null && result.required !== null
      ? arithmeticMessage({ rule, presentAndVoting: result.presentAndVoting, required: result.required })
      : null;
  return { paragraphs: [...taken, ...lists, outcome], arithmetic };
}

/**
 * The messages a decision entry keeps (RecordService.append stores them as `data.messages` and
 * `data.arithmetic`): null for an entry that is not a decision or holds no result.
 */
export function decisionEntryMessages(
  kind: string,
  data: Record<string, unknown>,
): { paragraphs: Message[]; arithmetic: Message | null } | null {
  if (!isDecisionKind(kind)) return null;
  const result = resultOf(data, kind);
  if (!result) return null;
  const method = kind === 'decision.consensus' ? 'consensus' : isMethod(data.method) ? data.method : null;
  const matter = isMatter(data.matter) ? data.matter : null;
  const rule = isRule(data.rule) ? data.rule : null;
  return decisionMessages({ method, matter, rule, result, votes: stateVotes(method, data.votes, []) });
}

/** Stored messages are used when every key is known; otherwise (older entries) they are derived. */
function storedMessages(v: unknown): Message[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const out: Message[] = [];
  for (const m of v) {
    const o = obj(m);
    const key = o ? str(o.key) : null;
    if (!o || !key || !isMessageKey(key)) return null;
    out.push({ key, params: (obj(o.params) ?? undefined) as MessageParams | undefined });
  }
  return out;
}

const asRecordMessage = (m: Message): RecordMessage => ({
  key: m.key,
  ...(m.params ? { params: m.params as RecordMessage['params'] } : {}),
});

// Free text (a question, an agenda title, a correction) is put in after formatting, so the
// parameter conventions (ISO dates, kebab codes) never touch what a person wrote.
const FREE = (name: string) => `\u2063${name}\u2063`;
function withFreeText(
  lang: Language,
  key: MessageKey,
  params: MessageParams,
  free: Record<string, string>,
): string {
  const marked: Record<string, string> = {};
  for (const k of Object.keys(free)) marked[k] = FREE(k);
  let s = formatMessage(lang, key, { ...params, ...marked });
  for (const [k, v] of Object.entries(free)) s = s.split(FREE(k)).join(v);
  return s;
}

function render(lang: Language, m: Message): string {
  return formatMessage(lang, m.key, m.params);
}

const DATE_TIME_SEPARATOR: Record<Language, string> = {
  en: ', ',
  fr: ', ',
  es: ', ',
  ru: ', ',
  zh: ' ',
  ar: '، ',
};

/**
 * "30 November 2026, 10:15" in the meeting's time zone: the day as UN documents print it
 * (formatDate, both month names in Arabic), the time on the 24-hour clock, Western digits.
 */
export function formatRecordTime(lang: Language, iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(at)
    .slice(0, 10);
  const time = new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${formatDate(lang, day)}${DATE_TIME_SEPARATOR[lang]}${time}`;
}

/** Builds the official record in one language. */
export function buildOfficialRecord(source: OfficialRecordSource, lang: Language): OfficialRecord {
  const { meeting, entries } = source;
  const agenda = new Map(source.agenda.map((a) => [a.id, a]));
  const questions = new Map(source.questions.map((q) => [q.id, q]));
  const eligibleByVote = new Map<string, string[]>();
  for (const e of entries) {
    if (e.kind !== 'vote.opened') continue;
    const voteId = str(e.data.voteId);
    const eligible = Array.isArray(e.data.eligible)
      ? e.data.eligible.filter((x) => typeof x === 'string')
      : [];
    if (voteId) eligibleByVote.set(voteId, eligible);
  }

  // Which decision each entry belongs to, following `corrects` back to a decision.
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rootOf = (id: number, seen = new Set<number>()): number | null => {
    const e = byId.get(id);
    if (!e || seen.has(id)) return null;
    if (isDecisionKind(e.kind)) return e.id;
    seen.add(id);
    return e.corrects === null ? null : rootOf(e.corrects, seen);
  };

  const decisions: OfficialDecision[] = [];
  const byEntry = new Map<number, OfficialDecision>();
  for (const e of entries) {
    if (!isDecisionKind(e.kind)) continue;
    const d = decisionOf(e, decisions.length + 1);
    decisions.push(d);
    byEntry.set(e.id, d);
  }

  const otherCorrections: OfficialCorrection[] = [];
  for (const e of entries) {
    if (e.corrects === null) continue;
    const root = rootOf(e.corrects);
    const target = root === null ? undefined : byEntry.get(root);
    if (e.kind === INTENDED_VOTE_KIND) {
      const note = intendedVoteOf(e);
      if (note && target) target.intendedVotes.push(note);
    } else if (e.kind === CORRECTION_KIND) {
      const c = correctionOf(e);
      if (target) target.corrections.push(c);
      else otherCorrections.push(c);
    }
  }

  return {
    language: lang,
    tag: LANGUAGE_TAGS[lang],
    dir: directionOf(lang),
    meeting,
    decisions,
    elections: buildOfficialElections(entries, source.elections ?? [], lang),
    rulings: buildOfficialRulings(entries, source.delegations ?? [], lang),
    conclusions: buildOfficialConclusions(entries, lang),
    otherCorrections,
    head: { seq: source.head.seq, hash: source.head.hash, at: source.head.at },
    labels: {
      title: render(lang, { key: 'officialRecord.title' }),
      meeting: withFreeText(
        lang,
        'officialRecord.dates',
        { startDate: meeting.startDate, endDate: meeting.endDate },
        { venue: meeting.venue },
      ),
      kind: render(lang, { key: `meetingKind.${meeting.kind}` }),
      decisions: render(lang, { key: 'officialRecord.decisionsHeading' }),
      elections: render(lang, { key: 'officialRecord.electionsHeading' }),
      rulings: render(lang, { key: 'officialRecord.rulingsHeading' }),
      conclusions: render(lang, { key: 'officialRecord.conclusionsHeading' }),
      text: render(lang, { key: 'officialRecord.text' }),
      matter: render(lang, { key: 'officialRecord.matter' }),
      rule: render(lang, { key: 'officialRecord.rule' }),
      method: render(lang, { key: 'officialRecord.method' }),
      empty: render(lang, { key: 'officialRecord.empty' }),
      chainHead:
        source.head.seq > 0 && source.head.hash
          ? render(lang, {
              key: 'officialRecord.chainHead',
              params: { seq: source.head.seq, hash: source.head.hash },
            })
          : render(lang, { key: 'officialRecord.chainEmpty' }),
    },
  };

  function decisionOf(e: RecordEntry, number: number): OfficialDecision {
    const data = e.data;
    const questionId = str(data.questionId);
    const voteId = str(data.voteId);
    const question = questionId ? questions.get(questionId) : undefined;
    const agendaId = question?.agendaItemId ?? str(data.agendaItemId);
    const item = agendaId ? agenda.get(agendaId) : undefined;
    const matter = isMatter(data.matter) ? data.matter : null;
    const rule = isRule(data.rule) ? data.rule : null;
    const method = e.kind === 'decision.consensus' ? 'consensus' : isMethod(data.method) ? data.method : null;
    const result = resultOf(data, e.kind);
    const eligibleList = voteId ? (eligibleByVote.get(voteId) ?? []) : [];
    const votes = stateVotes(method, data.votes, eligibleList);
    const derived = result ? decisionMessages({ method, matter, rule, result, votes }) : null;
    const paragraphs = storedMessages(data.messages) ?? derived?.paragraphs ?? [];
    const arithmetic = derived?.arithmetic ?? null;
    const text = question?.text ?? e.summary;
    const openedAt = str(data.openedAt);
    const closedAt = str(data.closedAt);
    const eligible = int(data.eligible);
    const present = result?.presentAtClose ?? null;
    const methodLabel =
      method === null
        ? null
        : method === 'consensus'
          ? render(lang, { key: 'officialRecord.methodConsensus' })
          : render(lang, { key: `method.${method}` });
    const article = matter ? articleOf(matter) : null;
    return {
      number,
      entryId: e.id,
      seq: e.seq,
      kind: e.kind,
      at: e.at,
      questionId,
      voteId,
      agendaItem: item ? { position: item.position, title: item.title } : null,
      text,
      matter,
      rule,
      article,
      method,
      openedAt,
      closedAt,
      eligible,
      result,
      votes,
      messages: paragraphs.map(asRecordMessage),
      arithmetic: arithmetic ? asRecordMessage(arithmetic) : null,
      corrections: [],
      intendedVotes: [],
      rendered: {
        heading: render(lang, { key: 'officialRecord.decision', params: { number } }),
        agendaItem: item
          ? withFreeText(
              lang,
              'officialRecord.agendaItem',
              { position: item.position },
              { title: item.title },
            )
          : render(lang, { key: 'officialRecord.noAgendaItem' }),
        matter: matter ? render(lang, { key: `matter.${matter}` }) : null,
        rule: rule
          ? `${render(lang, { key: `votingRule.${rule}` })} — ${
              article
                ? render(lang, { key: 'source.convention', params: { article } })
                : render(lang, { key: 'source.rulesOfProcedure' })
            }`
          : null,
        method: methodLabel,
        times:
          openedAt && closedAt
            ? render(lang, {
                key: 'officialRecord.times',
                params: {
                  opened: formatRecordTime(lang, openedAt, meeting.timeZone),
                  closed: formatRecordTime(lang, closedAt, meeting.timeZone),
                },
              })
            : null,
        participation:
          eligible !== null && present !== null
            ? render(lang, { key: 'officialRecord.participation', params: { eligible, present } })
            : null,
        paragraphs: paragraphs.map((m) => render(lang, m)),
        arithmetic: arithmetic ? render(lang, arithmetic) : null,
      },
    };
  }

  function correctionOf(e: RecordEntry): OfficialCorrection {
    const text = str(e.data.text) ?? e.summary;
    const corrects = e.corrects ?? 0;
    const message: Message = { key: 'officialRecord.correction', params: { entry: corrects, text } };
    return {
      entryId: e.id,
      at: e.at,
      corrects,
      text,
      message: asRecordMessage(message),
      rendered: withFreeText(lang, 'officialRecord.correction', { entry: corrects }, { text }),
    };
  }

  function intendedVoteOf(e: RecordEntry): OfficialIntendedVote | null {
    const iso3 = str(e.data.stateIso3);
    const { cast, intended } = e.data;
    if (!iso3 || !isChoice(cast) || !isChoice(intended)) return null;
    const message: Message = { key: 'officialRecord.intendedVote', params: { iso3, cast, intended } };
    return {
      entryId: e.id,
      at: e.at,
      stateIso3: iso3,
      cast,
      intended,
      message: asRecordMessage(message),
      rendered: render(lang, message),
    };
  }
}

const ELECTION_KINDS = new Set([
  'election.created',
  'election.round.counted',
  'election.lot',
  'election.withdrawal',
  'election.acclamation',
  'election.complete',
]);

const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * The meeting's elections (DOMAIN.md §8) from their entries' facts, in one language: the places
 * and candidates, each ballot as UN records print it (ballot papers, invalid, valid, abstentions,
 * States Parties voting, required majority, then the votes each candidate obtained), lots drawn,
 * withdrawals, and who was elected by majority, lot or acclamation. Names of States are the
 * language's; a person's name and the election's title are kept as written.
 */
export function buildOfficialElections(
  entries: readonly RecordEntry[],
  titles: readonly { id: string; title: string }[],
  lang: Language,
): OfficialElection[] {
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  const out = new Map<string, OfficialElection & { lines: string[] }>();
  for (const e of entries) {
    if (!ELECTION_KINDS.has(e.kind)) continue;
    const id = str(e.data.electionId);
    if (!id) continue;
    if (e.kind === 'election.created') {
      const candidates = (Array.isArray(e.data.candidates) ? e.data.candidates : []).flatMap((c) => {
        const o = obj(c);
        const cid = o ? str(o.id) : null;
        const state = o ? str(o.state) : null;
        if (!o || !cid || !state) return [];
        const person = str(o.person);
        const country = stateName(state, lang);
        return [{ id: cid, state, person, name: person ? `${person} (${country})` : country }];
      });
      const places = int(e.data.places) ?? 1;
      const title = titleOf.get(id) ?? e.summary;
      const election = {
        electionId: id,
        title,
        places,
        candidates,
        ballots: [],
        elected: [],
        unfilled: null,
        rendered: { heading: title, paragraphs: [] },
        lines: [] as string[],
      };
      election.lines.push(
        withFreeText(
          lang,
          'officialRecord.electionPlaces',
          { places },
          {
            candidates: formatList(
              lang,
              candidates.map((c) => c.name),
            ),
          },
        ),
      );
      out.set(id, election);
      continue;
    }
    const election = out.get(id);
    if (!election) continue;
    const nameOf = (cid: string) => election.candidates.find((c) => c.id === cid)?.name ?? cid;
    const names = (ids: readonly string[]) => formatList(lang, ids.map(nameOf));
    const elected = (key: MessageKey, ids: string[]) =>
      ids.length > 0 &&
      election.lines.push(withFreeText(lang, key, { count: ids.length }, { names: names(ids) }));
    if (e.kind === 'election.round.counted') {
      const c = obj(e.data.count);
      if (!c) continue;
      const results = (Array.isArray(c.results) ? c.results : []).flatMap((r) => {
        const o = obj(r);
        const cid = o ? str(o.candidateId) : null;
        const votes = o ? int(o.votes) : null;
        return cid && votes !== null ? [{ candidateId: cid, votes }] : [];
      });
      const electedNow = (Array.isArray(c.elected) ? c.elected : []).flatMap((x) => {
        const o = obj(x);
        const cid = o ? str(o.candidateId) : null;
        return o && cid
          ? [{ candidateId: cid, round: int(o.round) ?? 0, by: 'majority' as const, votes: int(o.votes) }]
          : [];
      });
      const ballot: OfficialBallot = {
        round: int(c.round) ?? election.ballots.length + 1,
        cast: int(c.cast) ?? 0,
        invalid: int(c.invalid) ?? 0,
        valid: int(c.valid) ?? 0,
        blank: int(c.blank) ?? 0,
        presentAndVoting: int(c.presentAndVoting) ?? 0,
        requiredMajority: int(c.requiredMajority) ?? 0,
        results,
        elected: electedNow.map((x) => x.candidateId),
      };
      election.ballots.push(ballot);
      election.elected.push(...electedNow);
      election.lines.push(
        render(lang, { key: 'officialRecord.ballotRound', params: { round: ballot.round } }),
        render(lang, {
          key: 'officialRecord.ballotCount',
          params: {
            cast: ballot.cast,
            invalid: ballot.invalid,
            valid: ballot.valid,
            blank: ballot.blank,
            presentAndVoting: ballot.presentAndVoting,
            requiredMajority: ballot.requiredMajority,
          },
        }),
        ...[...results]
          .sort((a, b) => b.votes - a.votes)
          .map((r) =>
            withFreeText(
              lang,
              'officialRecord.ballotVotes',
              { votes: r.votes },
              { candidate: nameOf(r.candidateId) },
            ),
          ),
      );
      elected('officialRecord.electedMajority', ballot.elected);
    } else if (e.kind === 'election.lot') {
      const lot = obj(e.data.lot);
      const drawn = strs(e.data.drawn);
      election.lines.push(
        withFreeText(
          lang,
          'officialRecord.lotDrawn',
          {},
          { tied: names(strs(lot?.tied)), drawn: names(drawn) },
        ),
      );
    } else if (e.kind === 'election.withdrawal') {
      const cid = str(e.data.candidateId);
      if (cid)
        election.lines.push(withFreeText(lang, 'officialRecord.withdrawal', {}, { name: nameOf(cid) }));
    } else if (e.kind === 'election.complete') {
      const all = (Array.isArray(e.data.elected) ? e.data.elected : []).flatMap((x) => {
        const o = obj(x);
        const cid = o ? str(o.candidateId) : null;
        const by = o?.by;
        if (!o || !cid || (by !== 'majority' && by !== 'lot' && by !== 'acclamation')) return [];
        const how: 'majority' | 'lot' | 'acclamation' = by;
        return [{ candidateId: cid, round: int(o.round) ?? 0, by: how, votes: int(o.votes) }];
      });
      const byLot = all.filter((x) => x.by === 'lot').map((x) => x.candidateId);
      const byAcclamation = all.filter((x) => x.by === 'acclamation').map((x) => x.candidateId);
      elected('officialRecord.electedLot', byLot);
      elected('officialRecord.electedAcclamation', byAcclamation);
      election.elected = all;
      election.unfilled = int(e.data.unfilled) ?? 0;
      if (election.unfilled > 0)
        election.lines.push(
          render(lang, { key: 'officialRecord.unfilled', params: { count: election.unfilled } }),
        );
    }
  }
  return [...out.values()].map(({ lines, ...election }) => ({
    ...election,
    rendered: { heading: election.title, paragraphs: lines },
  }));
}

/**
 * The President's rulings on points of order once final (DOMAIN.md §7), from the floor's entries
 * (`floor.changed` keeps each ruling that changed): who raised it, the ruling as stated, and
 * whether it stood or was overruled on appeal, in the language asked for.
 */
export function buildOfficialRulings(
  entries: readonly RecordEntry[],
  delegations: readonly { id: string; iso3: string | null }[],
  lang: Language,
): OfficialRuling[] {
  const iso3Of = new Map(delegations.map((d) => [d.id, d.iso3]));
  const finals = new Map<string, OfficialRuling>();
  for (const e of entries) {
    if (e.kind !== 'floor.changed' || !Array.isArray(e.data.rulings)) continue;
    for (const r of e.data.rulings) {
      const o = obj(r);
      const id = o ? str(o.id) : null;
      const ruling = o ? str(o.ruling) : null;
      const subject = o?.subject;
      if (!o || !id || !ruling || o.status !== 'final') continue;
      if (subject !== 'point-of-order' && subject !== 'procedure-or-substance') continue;
      if (finals.has(id)) continue;
      const by = str(o.raisedBy);
      const raisedBy = by ? (iso3Of.get(by) ?? null) : null;
      const appealed = obj(o.appeal) !== null;
      const outcome = o.outcome === 'overruled' ? 'overruled' : 'stands';
      finals.set(id, {
        id,
        subject,
        raisedBy,
        ruling,
        appealed,
        outcome,
        rendered: withFreeText(
          lang,
          'officialRecord.ruling',
          { subject, outcome: outcome === 'overruled' ? 'overruled' : appealed ? 'appealed' : 'stands' },
          {
            ruling,
            raisedBy: raisedBy ? stateName(raisedBy, lang) : render(lang, { key: 'term.observer' }),
          },
        ),
      });
    }
  }
  return [...finals.values()];
}

/** A committee meeting's conclusions and recommendations, in the order recorded, labelled in `lang`. */
export function buildOfficialConclusions(
  entries: readonly RecordEntry[],
  lang: Language,
): OfficialConclusion[] {
  const out: OfficialConclusion[] = [];
  for (const e of entries) {
    if (e.kind !== CONCLUSION_KIND) continue;
    const position = int(e.data.position);
    const text = str(e.data.text);
    const kind = e.data.kind;
    if (position === null || text === null || (kind !== 'conclusion' && kind !== 'recommendation')) continue;
    out.push({
      entryId: e.id,
      position,
      kind,
      text,
      label: render(lang, { key: 'officialRecord.conclusionKind', params: { kind } }),
    });
  }
  return out;
}
