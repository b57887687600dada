import type { QuorumView, Reason } from '@plenary/shared';
import { useExplain } from '../../../lib/explain';
import '../live.css';

interface Threshold {
  label: string;
  required: number | null;
  met: boolean;
  explanation: string;
  reason?: Reason;
}

function Bar({ present, participants, t }: { present: number; participants: number; t: Threshold }) {
  const scale = Math.max(participants, present, t.required ?? 0, 1);
  const pct = (n: number) => `${Math.min(100, (100 * n) / scale)}%`;
  const explain = useExplain();
  return (
    <div className={`quorum__row${t.met ? ' quorum__row--met' : ''}`}>
      <div className="quorum__head">
        <span className="quorum__label">{t.label}</span>
        <span className="quorum__figure">
          {t.required === null ? (
            'no quorum rule'
          ) : (
            <>
              {present} present of {t.required} required · <strong>{t.met ? 'Met' : 'Not met'}</strong>
            </>
          )}
        </span>
      </div>
      <div
        className="quorum__track"
        role="meter"
        aria-label={t.label}
        aria-valuemin={0}
        aria-valuemax={scale}
        aria-valuenow={present}
        aria-valuetext={explain(t)}
      >
        <div className="quorum__fill" style={{ width: pct(present) }} />
        {t.required !== null && (
          <div className="quorum__mark" style={{ left: pct(t.required) }} aria-hidden="true" />
        )}
      </div>
      <p className="quorum__explanation">{explain(t)}</p>
    </div>
  );
}

/** Delegations present against the quorum to open the meeting and the quorum to take a decision. */
export function QuorumGauge({ quorum }: { quorum: QuorumView }) {
  return (
    <section className="quorum" aria-label="Quorum" data-testid="quorum">
      <p className="quorum__summary">
        <strong>{quorum.present}</strong> of {quorum.participants} participating States Parties present ·{' '}
        {quorum.parties} States Parties
      </p>
      <Bar
        present={quorum.present}
        participants={quorum.participants}
        t={{ label: 'Quorum to open', ...quorum.opening }}
      />
      <Bar
        present={quorum.present}
        participants={quorum.participants}
        t={{ label: 'Quorum to decide', ...quorum.decision }}
      />
    </section>
  );
}
