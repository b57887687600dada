import type { FloorActionBody, FloorView, MeetingView } from '@plenary/shared';
import { useState } from 'react';
import { useFloorActions } from '../hooks';
import { describeStep, motionLabel, motionsPending, nameOf, nextQuestion, rulingWaiting } from '../floorView';
import '../floor.css';
import { SpeakerClock } from './SpeakerClock';

/**
 * The President's floor (DOMAIN.md §7): the speaker and clock, the list, a point of order to
 * rule on, the one motion precedence offers, and the next question of the voting sequence. The
 * rules decide what is offered; every refusal comes back with the rule it applies.
 */
export function FloorPanel({ meeting, floor }: { meeting: MeetingView; floor: FloorView | null }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const itemId = chosen ?? floor?.agendaItemId ?? meeting.agenda[0]?.id ?? null;
  const shown = floor && floor.agendaItemId === itemId ? floor : null;
  const actions = useFloorActions(meeting.id, itemId);
  const [ruling, setRuling] = useState('');
  if (!itemId) return null;
  const state = shown?.state ?? null;
  const list = state?.list.status ?? 'not-opened';
  const po = shown ? rulingWaiting(shown) : null;
  const motions = shown ? motionsPending(shown) : { next: null, all: [] };
  const step = shown ? nextQuestion(shown) : null;
  const speech = state?.speech ?? null;
  const busy = actions.busy;
  // Each action names the revision this console saw: a second console acting on the same sight is refused.
  const go = (body: FloorActionBody) => actions.run(shown ? { ...body, revision: shown.revision } : body);

  return (
    <section className="panel floor-panel" aria-labelledby="floor-h" data-testid="floor-panel">
      <div className="floor-panel__head">
        <h2 id="floor-h">Floor</h2>
        {meeting.agenda.length > 1 && (
          <label className="floor-panel__item">
            <span className="visually-hidden">Agenda item</span>
            <select value={itemId} onChange={(e) => setChosen(e.target.value)} data-testid="floor-item">
              {meeting.agenda.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {actions.error && (
        <p className="notice notice--error" role="alert" data-testid="floor-error">
          {actions.error}
        </p>
      )}
      {shown ? (
        <SpeakerClock floor={shown} />
      ) : (
        <p className="floor-speaker--none">The list of speakers is not open.</p>
      )}
      <div className="floor-panel__buttons">
        {list === 'not-opened' && (
          <button
            className="button"
            type="button"
            disabled={busy}
            onClick={() => void go({ action: 'open-list' })}
            data-testid="floor-open"
          >
            Open the list
          </button>
        )}
        {list === 'open' && (
          <button
            className="button"
            type="button"
            disabled={busy}
            onClick={() => void go({ action: 'close-list' })}
          >
            Close the list
          </button>
        )}
        {list === 'closed' && state?.debate === 'open' && (
          <button
            className="button"
            type="button"
            disabled={busy}
            onClick={() => void go({ action: 'reopen-list' })}
          >
            Reopen the list
          </button>
        )}
        {state && state.list.queue.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void go({ action: 'next-speaker' })}
            data-testid="floor-next"
          >
            Next speaker
          </button>
        )}
        {speech && (
          <>
            <button
              className="button"
              type="button"
              disabled={busy}
              onClick={() => void go({ action: 'end-speech' })}
            >
              End the speech
            </button>
            {speech.clock.startedAt !== null ? (
              <button
                className="button"
                type="button"
                disabled={busy}
                onClick={() => void go({ action: 'pause-speech' })}
              >
                Stop the clock
              </button>
            ) : (
              <button
                className="button"
                type="button"
                disabled={busy || !!po}
                onClick={() => void go({ action: 'resume-speech' })}
              >
                Resume
              </button>
            )}
          </>
        )}
      </div>

      {po && shown && (
        <div className="floor-panel__po" role="alert" data-testid="floor-po">
          <p>
            <strong>Point of order {po.id}</strong> raised by{' '}
            {po.raisedBy ? nameOf(shown, po.raisedBy) : 'the chair'}
            {po.status === 'appealed' && ' — appealed: put the appeal to the vote'}
          </p>
          {po.status === 'raised' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void go({ action: 'rule', rulingId: po.id, ruling }).then(() => setRuling(''));
              }}
            >
              <label>
                Ruling
                <input
                  value={ruling}
                  onChange={(e) => setRuling(e.target.value)}
                  required
                  data-testid="floor-ruling"
                />
              </label>
              <button className="button" type="submit" disabled={busy || !ruling.trim()}>
                Rule
              </button>
            </form>
          )}
          {po.status === 'appealed' && (
            <button
              className="button"
              type="button"
              disabled={busy}
              onClick={() => void go({ action: 'put-appeal', rulingId: po.id })}
            >
              Put the appeal to the vote
            </button>
          )}
        </div>
      )}

      {motions.next && (
        <div className="floor-panel__motion" data-testid="floor-motion">
          <p>
            <strong>{motionLabel(motions.next)}</strong> · {motions.next.status}
            {motions.all.length > 1 && ` · ${motions.all.length - 1} more queued`}
          </p>
          {motions.next.status === 'pending' && (
            <button
              className="button"
              type="button"
              disabled={busy}
              onClick={() => void go({ action: 'take-up-motion', motionId: motions.next!.id })}
            >
              Take up
            </button>
          )}
          {motions.next.status !== 'voting' && (
            <>
              <button
                className="button"
                type="button"
                disabled={busy}
                onClick={() => void go({ action: 'put-motion', motionId: motions.next!.id })}
              >
                Put to the vote
              </button>
              <button
                className="button"
                type="button"
                disabled={busy}
                onClick={() => void go({ action: 'adopt-motion', motionId: motions.next!.id })}
              >
                Adopted, no objection
              </button>
            </>
          )}
        </div>
      )}

      {step && !motions.next && !po && (
        <div className="floor-panel__step">
          <p>
            Next question: <strong>{describeStep(step)}</strong>
          </p>
          <button
            className="button"
            type="button"
            disabled={busy}
            onClick={() => void go({ action: 'put-next', matter: 'other-substance' })}
          >
            Put to the vote
          </button>
        </div>
      )}

      {shown && shown.state.list.queue.length > 0 && (
        <>
          <h3 className="floor-panel__sub">List of speakers ({shown.state.list.queue.length})</h3>
          <ol className="floor-queue" data-testid="floor-queue">
            {shown.state.list.queue.map((e) => (
              <li key={e.delegationId}>{nameOf(shown, e.delegationId)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
