const TONE = { collecting: 'suspended', met: 'open', convened: 'open', lapsed: 'closed' } as const;

/** Where a count toward convening stands: collecting, met on <date>, lapsed, convened. */
export function PhasePill({
  phase,
  label,
  testId,
}: {
  phase: keyof typeof TONE;
  label: string;
  testId?: string;
}) {
  return (
    <span className={`status-pill status-pill--${TONE[phase]}`} data-testid={testId}>
      {label}
    </span>
  );
}
