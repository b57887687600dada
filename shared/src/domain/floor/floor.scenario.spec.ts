import type { FloorState } from './floor';
import { ctx, MINUTE, must, observerState, openFloor, organisation, party, T0 } from './floor.fixtures';
import {
  decideMotion,
  giveFloorOnMotion,
  putMotionToVote,
  takeUpMotion,
  adoptMotionWithoutVote,
} from './motion-decision.rules';
import { moveMotion, objectToMotion } from './motions.rules';
import {
  nextVote,
  orderAmendments,
  proposalOutcome,
  questionToPut,
  recordVote,
  submitAmendment,
  submitProposal,
  votingSequence,
} from './proposals.rules';
import { appealRuling, decideAppeal, raisePointOfOrder, ruleOnPointOfOrder } from './rulings.rules';
import { callNextSpeaker, requestFloor } from './speakers.rules';
import { endSpeech, resumeSpeech, speechReading } from './speech.rules';

// The debate the end-to-end spec runs, on the pure rules alone: what the server will replay.
describe('floor: a whole debate', () => {
  const settings = { speakingTimeMs: 5 * MINUTE };
  let t = T0;
  const at = () => ctx((t += 30_000), settings);

  it('20 speakers, an appeal overruled, adjournment rejected, closure adopted, amendments, division, adoption', () => {
    let s: FloorState = openFloor(settings);
    s = must(submitProposal(s, { id: 'L.1', symbol: 'APLC/MSP.23/L.1', text: 'draft', sponsors: ['S1'] }));
    s = must(
      submitAmendment(s, { id: 'L.2', proposalId: 'L.1', symbol: null, text: 'close', sponsors: ['S2'] }),
    );
    s = must(
      submitAmendment(s, { id: 'L.3', proposalId: 'L.1', symbol: null, text: 'far', sponsors: ['S3'] }),
    );
    s = must(orderAmendments(s, 'L.1', ['L.3', 'L.2']));
    for (let i = 1; i <= 18; i++) s = must(requestFloor(s, party(`S${i}`), at()));
    s = must(requestFloor(s, organisation('ICRC'), at()));
    s = must(requestFloor(s, observerState('O1'), at()));
    expect(s.list.queue.slice(-2).map((e) => e.delegationId)).toEqual(['O1', 'ICRC']);

    for (let i = 0; i < 5; i++) s = must(callNextSpeaker(s, at()));
    s = must(raisePointOfOrder(s, party('S19'), at()));
    const po = s.rulings[0].id;
    s = must(ruleOnPointOfOrder(s, po, 'The speaker may continue.', at()));
    s = must(appealRuling(s, po, party('S19'), at()));
    s = must(decideAppeal(s, po, { yes: 80, no: 60, abstain: 4 }, at()));
    expect(s.rulings[0].outcome).toBe('overruled');
    s = must(resumeSpeech(s, at()));
    expect(speechReading(s, t)?.delegationId).toBe('S5');

    s = must(moveMotion(s, party('S20'), { kind: 'adjourn-debate' }, at()));
    const adjourn = s.motions[0].id;
    s = must(takeUpMotion(s, adjourn, at()));
    s = must(giveFloorOnMotion(s, adjourn, party('S20'), 'for', at()));
    s = must(giveFloorOnMotion(s, adjourn, party('S1'), 'against', at()));
    s = must(putMotionToVote(s, adjourn, at()));
    s = must(decideMotion(s, adjourn, { yes: 40, no: 90, abstain: 10 }, at()));
    expect(s.debate).toBe('open');

    while (s.list.queue.length > 5) s = must(callNextSpeaker(s, at()));
    s = must(moveMotion(s, party('S7'), { kind: 'close-debate' }, at()));
    const closure = s.motions[1].id;
    s = must(takeUpMotion(s, closure, at()));
    s = must(giveFloorOnMotion(s, closure, party('S8'), 'against', at()));
    s = must(putMotionToVote(s, closure, at()));
    s = must(decideMotion(s, closure, { yes: 100, no: 30, abstain: 5 }, at()));
    expect(s.list.status).toBe('closed');
    expect(s.list.notHeard).toHaveLength(5);
    expect(s.spoken.filter((x) => x.kind === 'debate')).toHaveLength(15);

    const parts = [
      { id: 'pp', label: 'preamble', operative: false },
      { id: 'op1', label: 'OP 1', operative: true },
      { id: 'op2', label: 'OP 2', operative: true },
    ];
    s = must(moveMotion(s, party('S9'), { kind: 'division', proposalId: 'L.1', parts }, at()));
    const division = s.motions[2].id;
    s = must(objectToMotion(s, division, party('S1')));
    expect(adoptMotionWithoutVote(s, division, at()).ok).toBe(false);
    s = must(takeUpMotion(s, division, at()));
    s = must(putMotionToVote(s, division, at()));
    s = must(decideMotion(s, division, { yes: 70, no: 60, abstain: 0 }, at()));

    for (const outcome of ['rejected', 'adopted', 'adopted', 'adopted', 'adopted', 'adopted'] as const) {
      s = must(recordVote(s, must(questionToPut(s, at())), outcome));
    }
    expect(nextVote(s)).toBeNull();
    expect(votingSequence(s).map((x) => `${x.kind}:${x.status}`)).toEqual([
      'amendment:rejected',
      'amendment:adopted',
      'part:adopted',
      'part:adopted',
      'part:adopted',
      'proposal:adopted',
    ]);
    expect(votingSequence(s).at(-1)).toMatchObject({ amended: true });
    expect(proposalOutcome(s, 'L.1')).toBe('adopted');
    expect(endSpeech(s, at()).ok).toBe(false);
  });
});
