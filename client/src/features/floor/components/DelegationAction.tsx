import { BUSY_REFUSAL } from '@plenary/shared';
import type { DelegationView, FloorRefusal } from '@plenary/shared';
import { useState, type ReactNode } from 'react';
import { useFloorText } from '../useFloorText';
import { ActionButton } from './ActionButton';
import { DelegationSelect } from './DelegationSelect';

/**
 * One floor action on behalf of a delegation the chair names (inscribe it, give it the floor,
 * record its point of order, objection, appeal, explanation or reply): the delegation chosen by
 * name, then the action's button, disabled with the rule's reason for that delegation (or "choose
 * the delegation" first). The choice is cleared once the server has taken the action.
 */
export function DelegationAction({
  label,
  delegations,
  busy,
  why,
  act,
  choose,
  extra,
  children,
  selectTestId,
  testId,
}: {
  label: string;
  delegations: DelegationView[];
  busy: boolean;
  /** Why the action is unavailable for the chosen delegation; null when it is available. */
  why: (chosen: DelegationView) => FloorRefusal | string | null;
  /** Resolves to something when the server took the action, to nothing when it refused. */
  act: (delegationId: string) => Promise<unknown>;
  /** What to say before a delegation is chosen (default: "Choose the delegation."). */
  choose?: string;
  /** More fields of the same action (the side of a speaker on a motion, …). */
  extra?: ReactNode;
  children: ReactNode;
  selectTestId: string;
  testId: string;
}) {
  const { t } = useFloorText();
  const [chosen, setChosen] = useState('');
  const d = delegations.find((x) => x.id === chosen);
  const reason = busy ? BUSY_REFUSAL : d ? why(d) : (choose ?? t('floor.choose.delegation'));
  return (
    <div className="floor-form">
      <DelegationSelect
        label={label}
        value={chosen}
        onChange={setChosen}
        delegations={delegations}
        testId={selectTestId}
      />
      {extra}
      <ActionButton
        why={reason}
        onClick={() =>
          void act(chosen).then((done) => {
            if (done) setChosen('');
          })
        }
        testId={testId}
      >
        {children}
      </ActionButton>
    </div>
  );
}
