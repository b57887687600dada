import type { QuorumView, Reason } from '@plenary/shared';
import { useExplain } from '../../../lib/explain';
import { useFormat, useT } from '../../../lib/locale/context';
import { rich, slot } from '../../../lib/rich';
import '../live.css';

interface Threshold {
  label: string;
  required: number | null;
  met: boolean;
  explanation: string;
  reason?: Reason;
}

function Bar({ present, participants, t: th }: { present: number; participants: number; t: Threshold }) {
  const t = useT();
  const scale = Math.max(participants, present, th.required ?? 0, 1);
  const pct = (n: number) => `${Math.min(100, (100 * n) / scale)}%`;
  const explain = useExplain();
  return (
    <div className={`quorum__row${th.met ? ' quorum__row--met' : ''}`}>
      <div className="quorum__head">
        <span className="quorum__label">{th.label}</span>
        <span className="quorum__figure">
          {th.required === null
            ? t('live.quorum.noRule')
            : rich(t('live.quorum.figure', { present, required: th.required, met: slot('met') }), {
                met: <strong>{t('live.quorum.met', { met: th.met })}</strong>,
              })}
        </span>
      </div>
      <div
        className="quorum__track"
        role="meter"
        aria-label={th.label}
        aria-valuemin={0}
        aria-valuemax={scale}
        aria-valuenow={present}
        aria-valuetext={explain(th)}
      >
        <div className="quorum__fill" style={{ width: pct(present) }} />
        {th.required !== null && (
          <div className="quorum__mark" style={{ insetInlineStart: pct(th.required) }} aria-hidden="true" />
        )}
      </div>
      <p className="quorum__explanation">{explain(th)}</p>
    </div>
  );
}

/** Delegations present against the quorum to open the meeting and the quorum to take a decision. */
export function QuorumGauge({ quorum }: { quorum: QuorumView }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <section className="quorum" aria-label={t('live.quorum.aria')} data-testid="quorum">
      <p className="quorum__summary">
        {rich(
          t('live.quorum.summary', {
            present: slot('present'),
            participants: quorum.participants,
            parties: quorum.parties,
          }),
          { present: <strong>{fmt.number(quorum.present)}</strong> },
        )}
      </p>
      <Bar
        present={quorum.present}
        participants={quorum.participants}
        t={{ label: t('live.quorum.opening'), ...quorum.opening }}
      />
      <Bar
        present={quorum.present}
        participants={quorum.participants}
        t={{ label: t('live.quorum.decision'), ...quorum.decision }}
      />
    </section>
  );
}
