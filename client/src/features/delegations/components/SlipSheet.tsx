import type { MeetingView, SignInSlip } from '@plenary/shared';
import { createPortal } from 'react-dom';
import { useFormat, useT } from '../../../lib/locale/context';
import { SLOT, Sentence } from '../../../lib/components/Sentence';
import { delegationName } from '../presenceSearch';
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
  const t = useT();
  const fmt = useFormat();
  const name = delegationName(slip, fmt.locale);
  return (
    <article className="slip-card" data-testid="slip-card" data-delegation={slip.delegationId}>
      <p className="slip__meeting">
        {meeting.title} · {meeting.venue}
      </p>
      <h2 className="slip__name">{name}</h2>
      <div className="slip-card__body">
        <div>
          <p className="slip__label">{t('desk.slip.label')}</p>
          <p className="slip__code" data-testid="slip-card-code">
            {groupedCode(slip.code)}
          </p>
          <p className="slip__url">
            <Sentence text={t('desk.slip.scanOrOpen', { url: SLOT })}>
              <strong>{signInPage(slip.slipUrl)}</strong>
            </Sentence>
          </p>
        </div>
        <QrCode text={slip.slipUrl} label={t('desk.slip.qr', { name })} />
      </div>
      <p className="slip__note">{t('desk.slip.sheetNote')}</p>
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
  const t = useT();
  return (
    <section className="card slip-sheet" aria-labelledby="slip-sheet-h" data-testid="slip-sheet">
      <h2 id="slip-sheet-h">{t('desk.slips.heading', { count: slips.length })}</h2>
      <p className="muted">{t('desk.slips.once')}</p>
      <p className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          data-testid="print-slips"
        >
          {t('desk.slips.print', { count: slips.length })}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('desk.done')}
        </button>
      </p>
      {/* Scrolls on screen: reachable by keyboard, named for screen readers. */}
      <div className="slip-sheet__preview" tabIndex={0} role="region" aria-label={t('desk.slips.region')}>
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
