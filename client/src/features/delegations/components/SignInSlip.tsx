import type { MeetingView, SignInCode } from '@plenary/shared';
import { useEffect, useId, useRef } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { SLOT, Sentence } from '../../../lib/components/Sentence';
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
  const t = useT();
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
      <p className="slip__label">{t('desk.slip.label')}</p>
      <p className="slip__code" data-testid="slip-code">
        {code.code}
      </p>
      <div className="slip-card__body">
        <p className="slip__url">
          <Sentence text={t('desk.slip.scanOrSignIn', { url: SLOT })}>
            <strong>{code.signInUrl.replace(/\?.*$/, '')}</strong>
          </Sentence>
        </p>
        <QrCode text={code.slipUrl} label={t('desk.slip.qr', { name })} />
      </div>
      <p className="slip__url no-print" data-testid="slip-link">
        <Sentence text={t('desk.slip.deviceLink', { url: SLOT, until })}>
          <span className="mono">{code.signInUrl}</span>
        </Sentence>
      </p>
      <p className="slip__note">{t('desk.slip.note')}</p>
      <div className="actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('desk.slip.print')}
        </button>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('desk.close')}
        </button>
      </div>
    </dialog>
  );
}
