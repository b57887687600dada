import '../../../testing/jsdom-polyfills';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  callNextSpeaker,
  createFloor,
  DEFAULT_FLOOR_SETTINGS,
  floorConsoleReasons,
  moveMotion,
  openList,
  raisePointOfOrder,
  requestFloor,
  ruleOnPointOfOrder,
  submitProposal,
  type DelegationView,
  type FloorActionBody,
  type FloorState,
  type FloorView,
  type Result,
} from '@plenary/shared';
import { delegation } from '../../../testing/fixtures';
import { liveSnapshot } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient } from '../../../testing/render';
import { DeskSpeakers } from './DeskSpeakers';
import { FloorList } from './FloorList';
import { FloorMotions } from './FloorMotions';
import { FloorProposals } from './FloorProposals';
import { FloorRulings } from './FloorRulings';
import { FloorTabling } from './FloorTabling';

/**
 * The President's floor actions that were reachable over HTTP only (issue 11): the list kept
 * (moved, removed, inscribed, the floor given), points of order and appeals said in the room,
 * the ruling on procedure or substance, a motion withdrawn, a proposal or amendment tabled. Each
 * sends the server's action, and each unavailable step says why with the same rule the server uses.
 */
const T0 = Date.UTC(2026, 2, 2, 9);
const NAMES = ['Norway', 'Switzerland', 'Austria', 'Mexico', 'Chile'];
const ids = NAMES.map((_, i) => `${i + 1}${i + 1}${i + 1}${i + 1}0000-0000-4000-8000-00000000000${i}`);
const ctx = { now: T0, settings: DEFAULT_FLOOR_SETTINGS, voteOpen: false };
const must = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const party = (delegationId: string) => ({ delegationId, category: 'state-party' as const });
const delegations: DelegationView[] = ids.map((id, i) => delegation(`S0${i}`, NAMES[i], { id }));
const view = (state: FloorState): FloorView => ({
  meetingId: 'm-1',
  agendaItemId: 'item-1',
  itemTitle: 'Article 5 requests',
  revision: 7,
  serverNow: T0,
  state,
  names: Object.fromEntries(ids.map((id, i) => [id, NAMES[i]])),
  settings: DEFAULT_FLOOR_SETTINGS,
  questions: [],
});
/** Norway speaking; Switzerland, Austria and Mexico listed in that order. */
function listed(): FloorState {
  let s = must(openList(createFloor('item-1', DEFAULT_FLOOR_SETTINGS)));
  for (const id of ids.slice(0, 4)) s = must(requestFloor(s, party(id), ctx));
  return must(callNextSpeaker(s, ctx));
}

let sent: FloorActionBody[];
const go = (body: FloorActionBody) => {
  sent.push(body);
  return Promise.resolve({});
};
const confirmed = () => Promise.resolve(true);
const choose = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const click = async (testId: string) => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
    await Promise.resolve();
  });
};

beforeEach(() => {
  sent = [];
});
afterEach(cleanup);

describe('the list of speakers kept from the console', () => {
  const renderList = (state = listed()) =>
    render(
      <FloorList
        view={view(state)}
        ctx={ctx}
        delegations={delegations}
        go={go}
        confirmed={confirmed}
        busy={false}
      />,
    );

  it('moves a speaker later or earlier, never past either end, and removes one after asking', async () => {
    renderList();
    const entries = screen.getByTestId('floor-queue').querySelectorAll('li');
    expect(
      [...entries].map((li) => li.querySelector('[data-testid="floor-queue-name"]')?.textContent),
    ).toEqual(['Switzerland', 'Austria', 'Mexico']);
    const earlier = screen.getAllByTestId('floor-queue-earlier');
    const later = screen.getAllByTestId('floor-queue-later');
    expect(earlier.map((b) => (b as HTMLButtonElement).disabled)).toEqual([true, false, false]);
    expect(later.map((b) => (b as HTMLButtonElement).disabled)).toEqual([false, false, true]);
    expect(later[0].getAttribute('aria-label')).toBe('Move Switzerland later on the list');
    await act(async () => {
      fireEvent.click(later[0]);
      fireEvent.click(earlier[2]);
      fireEvent.click(screen.getAllByTestId('floor-queue-remove')[1]);
      await Promise.resolve();
    });
    expect(sent).toEqual([
      { action: 'move-speaker', delegationId: ids[1], toIndex: 1 },
      { action: 'move-speaker', delegationId: ids[3], toIndex: 1 },
      { action: 'remove-speaker', delegationId: ids[2] },
    ]);
  });

  it('inscribes a delegation without a device, refusing one already listed with the rule’s reason', async () => {
    renderList();
    expect(screen.getByTestId('floor-inscribe-why').textContent).toBe('Choose the delegation.');
    choose('floor-inscribe-who', ids[2]);
    expect(screen.getByTestId('floor-inscribe-why').textContent).toMatch(
      /^This delegation has already asked\./,
    );
    choose('floor-inscribe-who', ids[4]);
    expect(screen.queryByTestId('floor-inscribe-why')).toBeNull();
    await click('floor-inscribe');
    choose('floor-give-who', ids[3]);
    await click('floor-give');
    expect(sent).toEqual([
      { action: 'add-speaker', delegationId: ids[4] },
      { action: 'give-floor', delegationId: ids[3] },
    ]);
  });

  it('says so when the list is empty', () => {
    renderList(must(openList(createFloor('item-1', DEFAULT_FLOOR_SETTINGS))));
    expect(screen.getByTestId('floor-queue-empty').textContent).toBe('No one is on the list of speakers.');
  });
});

describe('points of order, appeals and rulings said in the room', () => {
  it('records a point of order from a delegation, an appeal against the last ruling, and a ruling on procedure or substance', async () => {
    let s = must(raisePointOfOrder(listed(), party(ids[2]), ctx));
    const rulingId = s.rulings[0].id;
    s = must(ruleOnPointOfOrder(s, rulingId, 'The speaker may continue.', ctx));
    render(<FloorRulings view={view(s)} ctx={ctx} delegations={delegations} go={go} busy={false} />);
    choose('floor-po-who', ids[4]);
    fireEvent.click(screen.getByTestId('floor-po-conduct'));
    await click('floor-po-raise');
    expect(screen.getByTestId('floor-appeal-who').closest('.floor-field')?.textContent).toContain(
      `Appeal against ruling ${rulingId} by`,
    );
    choose('floor-appeal-who', ids[3]);
    await click('floor-appeal');
    expect(screen.getByTestId('floor-pos-rule-why').textContent).toBe('State the question.');
    fireEvent.change(screen.getByTestId('floor-pos-question'), {
      target: { value: 'Is the extension request a matter of substance?' },
    });
    choose('floor-pos-classification', 'substance');
    await click('floor-pos-rule');
    expect(sent).toEqual([
      { action: 'raise-point-of-order', delegationId: ids[4], onConductOfVote: true },
      { action: 'appeal', rulingId, delegationId: ids[3] },
      {
        action: 'rule-procedure-or-substance',
        question: 'Is the extension request a matter of substance?',
        classification: 'substance',
      },
    ]);
  });

  it('offers no appeal while no ruling has been given', () => {
    render(<FloorRulings view={view(listed())} ctx={ctx} delegations={delegations} go={go} busy={false} />);
    expect(screen.queryByTestId('floor-appeal-who')).toBeNull();
  });
});

describe('motions withdrawn and documents tabled', () => {
  it('lets the mover withdraw the motion precedence offers', async () => {
    const s = must(moveMotion(listed(), party(ids[2]), { kind: 'adjourn-debate' }, ctx));
    render(
      <FloorMotions
        view={view(s)}
        ctx={ctx}
        reasons={floorConsoleReasons(s, ctx, false)}
        delegations={delegations}
        go={go}
        confirmed={confirmed}
        busy={false}
      />,
    );
    await click('floor-withdraw-motion');
    expect(sent).toEqual([{ action: 'withdraw-motion', motionId: s.motions[0].id, delegationId: ids[2] }]);
  });

  it('tables a proposal with its sponsors, then an amendment to it; an identifier taken is refused with the rule', async () => {
    const s = must(
      submitProposal(listed(), { id: 'L.1', symbol: null, text: 'Draft decision', sponsors: [] }),
    );
    render(<FloorTabling view={view(s)} delegations={delegations} go={go} busy={false} />);
    expect(screen.getByTestId('floor-table-submit-why').textContent).toBe('Give the document an identifier.');
    fireEvent.change(screen.getByTestId('floor-table-id'), { target: { value: 'L.1' } });
    fireEvent.change(screen.getByTestId('floor-table-text'), { target: { value: 'Another draft' } });
    expect(screen.getByTestId('floor-table-submit-why').textContent).toMatch(/^It already exists\./);
    fireEvent.change(screen.getByTestId('floor-table-id'), { target: { value: 'L.2' } });
    const sponsors = screen.getByTestId<HTMLSelectElement>('floor-table-sponsors');
    sponsors.options[0].selected = true;
    sponsors.options[3].selected = true;
    fireEvent.change(sponsors);
    await click('floor-table-submit');
    choose('floor-table-what', 'L.1');
    fireEvent.change(screen.getByTestId('floor-table-id'), { target: { value: 'L.1/A.1' } });
    fireEvent.change(screen.getByTestId('floor-table-text'), {
      target: { value: 'Replace "notes" by "welcomes"' },
    });
    await click('floor-table-submit');
    expect(sent).toEqual([
      {
        action: 'submit-proposal',
        id: 'L.2',
        symbol: null,
        text: 'Another draft',
        sponsors: [ids[0], ids[3]],
      },
      {
        action: 'submit-amendment',
        id: 'L.1/A.1',
        symbol: null,
        text: 'Replace "notes" by "welcomes"',
        sponsors: [],
        proposalId: 'L.1',
      },
    ]);
  });
});

describe('several proposals on one question', () => {
  it('are listed in the order submitted until the President records the order the meeting decided', async () => {
    let s = must(submitProposal(listed(), { id: 'L.1', symbol: null, text: 'First draft', sponsors: [] }));
    s = must(submitProposal(s, { id: 'L.2', symbol: null, text: 'Second draft', sponsors: [] }));
    render(
      <FloorProposals
        view={view(s)}
        reasons={floorConsoleReasons(s, ctx, false)}
        go={go}
        confirmed={confirmed}
        busy={false}
      />,
    );
    const order = screen.getByTestId('floor-proposal-order');
    expect(order.textContent).toContain(
      'Voted on in the order submitted, unless the meeting decides otherwise.',
    );
    fireEvent.click(screen.getByTestId('floor-order-up-L.2'));
    expect([...order.querySelectorAll('li strong')].map((x) => x.textContent)).toEqual(['L.2', 'L.1']);
    expect(screen.getByTestId('floor-order-record-why').textContent).toBe('Say how the meeting decided it.');
    fireEvent.change(screen.getByTestId('floor-order-how'), { target: { value: 'No objection' } });
    await click('floor-order-record');
    expect(sent).toEqual([{ action: 'order-proposals', order: ['L.2', 'L.1'], decidedBy: 'No objection' }]);
  });
});

describe('the desk inscribes speakers', () => {
  it('inscribes a delegation on the list of the item under discussion, and refuses one already listed', async () => {
    const floor = view(listed());
    const fetched = mockFetch({
      'POST /api/meetings/m-1/agenda/item-1/floor': () => ({ status: 200, body: floor }),
    });
    try {
      renderWithClient(
        <DeskSpeakers meeting={liveSnapshot({}).meeting} floor={floor} delegations={delegations} />,
      );
      expect(
        [...screen.getByTestId('desk-speakers-queue').querySelectorAll('li')].map((li) => li.textContent),
      ).toEqual(['Switzerland', 'Austria', 'Mexico']);
      choose('desk-speakers-who', ids[1]);
      expect(screen.getByTestId('desk-speakers-inscribe-why').textContent).toMatch(
        /^This delegation has already asked\./,
      );
      choose('desk-speakers-who', ids[4]);
      await click('desk-speakers-inscribe');
      await waitFor(() => expect(fetched.calls).toHaveLength(1));
      expect(fetched.calls[0]).toMatchObject({
        method: 'POST',
        path: `/api/meetings/${liveSnapshot({}).meeting.id}/agenda/item-1/floor`,
        body: { action: 'add-speaker', delegationId: ids[4] },
      });
    } finally {
      fetched.restore();
    }
  });

  it('says there is no list yet before the President opens the floor', () => {
    renderWithClient(
      <DeskSpeakers meeting={liveSnapshot({}).meeting} floor={null} delegations={delegations} />,
    );
    expect(screen.getByTestId('desk-speakers').textContent).toMatch(
      /has not opened the floor on an item yet/,
    );
  });
});
