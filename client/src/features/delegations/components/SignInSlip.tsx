import type { MeetingView, SignInCode } from '@plenary/shared';
import { useEffect, useRef } from 'react';

interface Props {
  name: string;
  meeting: MeetingView;
  code: SignInCode;
  onClose: () => void;
}

/** The slip handed to a delegation: printed alone (see @media print), the code in large type. */
export function SignInSlip({ name, meeting, code, onClose }: Props) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const until = new Date(code.signInUrlExpiresAt).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div
      className="slip-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <section
        className="slip"
        role="dialog"
        aria-modal="true"
        aria-label={`Sign-in slip for ${name}`}
        data-testid="sign-in-slip"
      >
        <p className="slip__meeting">
          {meeting.title} · {meeting.venue}
        </p>
        <h2 className="slip__name">{name}</h2>
        <p className="slip__label">Delegation sign-in code</p>
        <p className="slip__code" data-testid="slip-code">
          {code.code}
        </p>
        <p className="slip__url">
          Sign in at <strong>{code.signInUrl.replace(/\?.*$/, '')}</strong> with this code.
        </p>
        <p className="slip__url no-print" data-testid="slip-link">
          Or, on this device only, open <span className="mono">{code.signInUrl}</span>: the link works once,
          until {until}.
        </p>
        <p className="slip__note">
          This code lets one delegate cast your State’s vote. Keep it private; the secretariat can end its
          sign-in and issue a new code at any time (your credentials do not change).
        </p>
        <div className="actions no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print slip
          </button>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </section>
    </div>
  );
}
