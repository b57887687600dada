import type { MeetingView, SignInCode } from '@plenary/shared';
import { useEffect, useId, useRef } from 'react';
import { useFormat } from '../../../lib/locale/context';
import { QrCode } from './QrCode';
import '../delegations.css';

interface Props {
  name: string;
  meeting: MeetingView;
  code: SignInCode;
  onClose: () => void;
}

/**
 * The slip handed to a delegation, in a modal `<dialog>` (showModal: the desk behind is inert,
 * Tab stays inside, Esc closes, focus returns to the button that opened it). Printed alone.
 */
export function SignInSlip({ name, meeting, code, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);
  const fmt = useFormat();
  const until = fmt.time(code.signInUrlExpiresAt, meeting.timeZone);
  return (
    <dialog
      ref={ref}
      className="slip"
      aria-labelledby={titleId}
      data-testid="sign-in-slip"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <p className="slip__meeting">
        {meeting.title} · {meeting.venue}
      </p>
      <h2 className="slip__name" id={titleId}>
        {name}
      </h2>
      <p className="slip__label">Delegation sign-in code</p>
      <p className="slip__code" data-testid="slip-code">
        {code.code}
      </p>
      <div className="slip-card__body">
        <p className="slip__url">
          Scan the code with a phone’s camera, or sign in at{' '}
          <strong>{code.signInUrl.replace(/\?.*$/, '')}</strong> with this code.
        </p>
        <QrCode text={code.slipUrl} label={`Sign-in link for ${name}`} />
      </div>
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
    </dialog>
  );
}
