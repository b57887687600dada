import type { DelegationView, MeetingView, SignInCode, SignInSlip } from '@plenary/shared';
import { useId, useMemo, useState } from 'react';
import { errorMessage } from '../../../lib/api';
import { useConfirm } from '../../../lib/components/ConfirmDialog';
import { useFormat } from '../../../lib/locale/context';
import { useT } from '../../../lib/locale/context';
import {
  issueAllSignInCodes,
  issueSignInCode,
  revokeSignInCode,
  setCredentials,
  type Credentials,
} from '../api';
import { searchDelegations } from '../presenceSearch';
import { SignInSlip as SignInSlipDialog } from './SignInSlip';
import { SlipSheet } from './SlipSheet';
import '../delegations.css';

const CREDENTIALS: { value: Credentials; label: string }[] = [
  { value: 'accepted', label: 'Accepted' },
  { value: 'provisional', label: 'Seated provisionally' },
  { value: 'none', label: 'Not accepted' },
];

interface Props {
  meeting: MeetingView;
  delegations: readonly DelegationView[];
  onChanged: (d: DelegationView) => void;
  /** Re-reads the list from the server (an issued code answers only the code, not the row). */
  onInvalidate: () => void;
}

/** Credentials and sign-in codes, one row per delegation. */
export function DelegationsTable({ meeting, delegations, onChanged, onInvalidate }: Props) {
  const [filter, setFilter] = useState('');
  const [codes, setCodes] = useState<Record<string, SignInCode>>({});
  const [slip, setSlip] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [sheet, setSheet] = useState<SignInSlip[] | null>(null);
  const [bulkNote, setBulkNote] = useState<string | null>(null);
  const [dialog, confirm] = useConfirm();
  const filterId = useId();
  const fmt = useFormat();
  const t = useT();
  const shown = useMemo(
    () => searchDelegations(delegations, filter, fmt.locale),
    [delegations, filter, fmt.locale],
  );
  const slipFor = slip ? delegations.find((d) => d.id === slip) : undefined;

  async function run(d: DelegationView, work: () => Promise<void>) {
    setError(null);
    setBusy(d.id);
    try {
      await work();
    } catch (err) {
      setError(`${d.name}: ${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  }

  async function issue(d: DelegationView) {
    if (d.signIn.issued && !d.signIn.revoked) {
      const ok = await confirm({
        title: `Issue a new code to ${d.name}?`,
        body: (
          <p>
            The old code stops working and the delegation’s devices are signed out at once. Its credentials
            and the quorum do not change.
          </p>
        ),
        confirmLabel: 'Issue new code',
        danger: true,
      });
      if (!ok) return;
    }
    await run(d, async () => {
      const code = await issueSignInCode(d.id);
      setCodes((c) => ({ ...c, [d.id]: code }));
      onChanged({ ...d, signIn: { issued: true, issuedAt: d.signIn.issuedAt, revoked: false } });
      onInvalidate();
      setSlip(d.id);
    });
  }

  async function issueAll() {
    setError(null);
    setBulkNote(null);
    setBusy('all');
    try {
      const res = await issueAllSignInCodes(meeting.id);
      onInvalidate();
      if (res.issued.length) setSheet(res.issued);
      const left = [
        res.alreadyIssued ? `${res.alreadyIssued} already had a code and keep it` : '',
        res.revoked ? `${res.revoked} whose sign-in was ended get a new code only through “Issue code”` : '',
      ].filter(Boolean);
      setBulkNote(
        `${res.issued.length ? `Codes issued to ${res.issued.length} delegations.` : 'No code issued.'}${
          left.length ? ` ${left.join('; ')}.` : ''
        }`,
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  async function revoke(d: DelegationView) {
    const ok = await confirm({
      title: `End the sign-in of ${d.name}?`,
      body: (
        <p>
          Its code stops working and its devices are signed out at once. Its credentials, its presence and the
          quorum do not change; issue a new code to let it sign in again.
        </p>
      ),
      confirmLabel: 'End sign-in',
      danger: true,
    });
    if (!ok) return;
    await run(d, async () => {
      onChanged(await revokeSignInCode(d.id));
      setCodes(({ [d.id]: _gone, ...rest }) => rest);
    });
  }

  return (
    <div className="delegations">
      {dialog}
      {slipFor && codes[slipFor.id] && (
        <SignInSlipDialog
          name={slipFor.name}
          meeting={meeting}
          code={codes[slipFor.id]}
          onClose={() => setSlip(null)}
        />
      )}
      <div className="toolbar">
        <div className="field">
          <label htmlFor={filterId}>Find a delegation</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <p className="toolbar__count">
          {shown.length} of {delegations.length} delegations
        </p>
        <button
          type="button"
          className="button"
          disabled={busy !== null || delegations.length === 0}
          onClick={() => void issueAll()}
          data-testid="issue-all-codes"
        >
          Issue codes to all and print slips
        </button>
      </div>
      {bulkNote && (
        <p className="notice" role="status" data-testid="bulk-note">
          {bulkNote}
        </p>
      )}
      {sheet && <SlipSheet meeting={meeting} slips={sheet} onClose={() => setSheet(null)} />}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {delegations.length === 0 ? (
        <p className="empty">No delegation is registered yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="delegations-table">
            <thead>
              <tr>
                <th scope="col">Delegation</th>
                <th scope="col">On the meeting day</th>
                <th scope="col">Credentials</th>
                <th scope="col">Standing</th>
                <th scope="col">Present</th>
                <th scope="col">Sign-in</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => (
                <tr key={d.id} data-testid="delegation-row">
                  <th scope="row">
                    {d.name} {d.stateIso3 && <span className="muted mono">{d.stateIso3}</span>}
                  </th>
                  <td data-label="On the meeting day">
                    {d.partyStatus ? t('register.status', { status: d.partyStatus }) : 'Organisation'}
                  </td>
                  <td data-label="Credentials">
                    {d.kind === 'state' && d.partyStatus === 'party' ? (
                      <select
                        aria-label={`Credentials of ${d.name}`}
                        value={d.credentials}
                        disabled={busy === d.id}
                        onChange={(e) => {
                          const next = e.target.value as Credentials;
                          void run(d, async () => onChanged(await setCredentials(d.id, next)));
                        }}
                      >
                        {CREDENTIALS.map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="muted">Observer: none needed</span>
                    )}
                  </td>
                  <td data-label="Standing">{d.standing === 'participant' ? 'Participant' : 'Observer'}</td>
                  <td data-label="Present">{d.present ? 'Present' : '—'}</td>
                  <td data-label="Sign-in">
                    <span className="row-actions">
                      <span className="muted">
                        {d.signIn.revoked ? 'Sign-in ended' : d.signIn.issued ? 'Code issued' : 'No code'}
                      </span>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy === d.id}
                        onClick={() => void issue(d)}
                        data-testid="issue-code"
                      >
                        {d.signIn.issued && !d.signIn.revoked ? 'Reissue' : 'Issue code'}
                      </button>
                      {codes[d.id] && (
                        <button type="button" className="button button--small" onClick={() => setSlip(d.id)}>
                          Slip
                        </button>
                      )}
                      {d.signIn.issued && !d.signIn.revoked && (
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          disabled={busy === d.id}
                          onClick={() => void revoke(d)}
                        >
                          End sign-in
                        </button>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
