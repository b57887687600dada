import type { DelegationView } from '@plenary/shared';
import { useId } from 'react';

/** A delegation of the meeting, chosen by name (for a delegation without a device, or one the President names). */
export function DelegationSelect({
  label,
  value,
  onChange,
  delegations,
  testId,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  delegations: DelegationView[];
  testId?: string;
}) {
  const id = useId();
  return (
    <span className="floor-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">—</option>
        {delegations.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </span>
  );
}
