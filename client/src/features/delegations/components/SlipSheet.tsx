import type { MeetingView, SignInSlip } from '@plenary/shared';
import { createPortal } from 'react-dom';
import { QrCode } from './QrCode';
import '../delegations.css';

/** "ABCD-EFGH-JKLM": read aloud and typed in groups (case, spaces and dashes do not matter). */
export function groupedCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The sign-in page without the code: what a delegate types by hand. */
function signInPage(slipUrl: string): string {
  return slipUrl.replace(/#.*$/, '');
}

/** One delegation's slip: the code typed by hand, and a QR code of the link that carries it. */
export function SlipCard({ meeting, slip }: { meeting: MeetingView; slip: SignInSlip }) {
  return (
    <article className="slip-card" data-testid="slip-card" data-delegation={slip.delegationId}>
      <p className="slip__meeting">
        {meeting.title} · {meeting.venue}
      </p>
      <h2 className="slip__name">{slip.name}</h2>
      <div className="slip-card__body">
        <div>
          <p className="slip__label">Delegation sign-in code</p>
          <p className="slip__code" data-testid="slip-card-code">
            {groupedCode(slip.code)}
          </p>
          <p className="slip__url">
            Scan the code with a phone’s camera, or open <strong>{signInPage(slip.slipUrl)}</strong> and type
            the code.
          </p>
        </div>
        <QrCode text={slip.slipUrl} label={`Sign-in link for ${slip.name}`} />
      </div>
      <p className="slip__note">
        This code lets one delegate cast your State’s vote, on as many devices as you choose, until the
        secretariat ends it or issues a new one. Keep it private; if it is lost, ask the secretariat for a new
        code (your credentials do not change).
      </p>
    </article>
  );
}

/**
 * The slips just issued: shown on the desk, and printed one per page. The printed copy is a child
 * of <body> (a portal), so the print stylesheet can hide the whole app and nothing else takes a
 * page; on screen it is not displayed.
 */
export function SlipSheet({
  meeting,
  slips,
  onClose,
}: {
  meeting: MeetingView;
  slips: readonly SignInSlip[];
  onClose: () => void;
}) {
  return (
    <section className="card slip-sheet" aria-labelledby="slip-sheet-h" data-testid="slip-sheet">
      <h2 id="slip-sheet-h">
        {slips.length === 1 ? '1 sign-in slip' : `${slips.length} sign-in slips`} to print
      </h2>
      <p className="muted">
        Each code is shown this once: print the slips now, one per page. A lost slip is replaced by issuing
        that delegation a new code.
      </p>
      <p className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          data-testid="print-slips"
        >
          Print {slips.length === 1 ? 'the slip' : `${slips.length} slips`}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </p>
      {/* Scrolls on screen: reachable by keyboard, named for screen readers. */}
      <div className="slip-sheet__preview" tabIndex={0} role="region" aria-label="Slips to print">
        {slips.map((s) => (
          <SlipCard key={s.delegationId} meeting={meeting} slip={s} />
        ))}
      </div>
      {createPortal(
        <div className="slip-print" data-testid="slip-print">
          {slips.map((s) => (
            <SlipCard key={s.delegationId} meeting={meeting} slip={s} />
          ))}
        </div>,
        document.body,
      )}
    </section>
  );
}
