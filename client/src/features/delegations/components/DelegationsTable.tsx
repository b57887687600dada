import type { DelegationView, MeetingView, SignInCode, SignInSlip } from '@plenary/shared';
import { useId, useMemo, useState } from 'react';
import { errorMessage } from '../../../lib/api';
import { useConfirm } from '../../../lib/components/ConfirmDialog';
import { useFormat, useT } from '../../../lib/locale/context';
import {
  issueAllSignInCodes,
  issueSignInCode,
  revokeSignInCode,
  setCredentials,
  type Credentials,
} from '../api';
import { delegationName, searchDelegations } from '../presenceSearch';
import { SignInSlip as SignInSlipDialog } from './SignInSlip';
import { SlipSheet } from './SlipSheet';
import '../delegations.css';

const CREDENTIALS: readonly Credentials[] = ['accepted', 'provisional', 'none'];

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
  const nameOf = (d: DelegationView) => delegationName(d, fmt.locale);
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
      setError(t('desk.error.about', { name: nameOf(d), message: errorMessage(err) }));
    } finally {
      setBusy(null);
    }
  }

  async function issue(d: DelegationView) {
    if (d.signIn.issued && !d.signIn.revoked) {
      const ok = await confirm({
        title: t('desk.code.reissue.title', { name: nameOf(d) }),
        body: <p>{t('desk.code.reissue.body')}</p>,
        confirmLabel: t('desk.code.reissue.confirm'),
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
      setBulkNote(
        t('desk.code.bulkNote', {
          issued: res.issued.length,
          kept: res.alreadyIssued,
          ended: res.revoked,
        }),
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  async function revoke(d: DelegationView) {
    const ok = await confirm({
      title: t('desk.code.end.title', { name: nameOf(d) }),
      body: <p>{t('desk.code.end.body')}</p>,
      confirmLabel: t('desk.code.end.confirm'),
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
          name={nameOf(slipFor)}
          meeting={meeting}
          code={codes[slipFor.id]}
          onClose={() => setSlip(null)}
        />
      )}
      <div className="toolbar">
        <div className="field">
          <label htmlFor={filterId}>{t('desk.delegations.find')}</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <p className="toolbar__count">
          {t('desk.delegations.shown', { shown: shown.length, count: delegations.length })}
        </p>
        <button
          type="button"
          className="button"
          disabled={busy !== null || delegations.length === 0}
          onClick={() => void issueAll()}
          data-testid="issue-all-codes"
        >
          {t('desk.code.issueAll')}
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
        <p className="empty">{t('desk.delegations.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="delegations-table">
            <thead>
              <tr>
                <th scope="col">{t('desk.col.delegation')}</th>
                <th scope="col">{t('desk.col.onTheDay')}</th>
                <th scope="col">{t('desk.col.credentials')}</th>
                <th scope="col">{t('desk.col.standing')}</th>
                <th scope="col">{t('desk.col.present')}</th>
                <th scope="col">{t('desk.col.signIn')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => (
                <tr key={d.id} data-testid="delegation-row">
                  <th scope="row">
                    {nameOf(d)} {d.stateIso3 && <span className="muted mono">{d.stateIso3}</span>}
                  </th>
                  <td data-label={t('desk.col.onTheDay')}>
                    {d.partyStatus ? t('register.status', { status: d.partyStatus }) : t('desk.organisation')}
                  </td>
                  <td data-label={t('desk.col.credentials')}>
                    {d.kind === 'state' && d.partyStatus === 'party' ? (
                      <select
                        aria-label={t('desk.credentials.of', { name: nameOf(d) })}
                        value={d.credentials}
                        disabled={busy === d.id}
                        onChange={(e) => {
                          const next = e.target.value as Credentials;
                          void run(d, async () => onChanged(await setCredentials(d.id, next)));
                        }}
                      >
                        {CREDENTIALS.map((c) => (
                          <option key={c} value={c}>
                            {t('desk.credentials', { credentials: c })}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span className="muted">{t('desk.credentials.observer')}</span>
                    )}
                  </td>
                  <td data-label={t('desk.col.standing')}>
                    {t('desk.standing.role', { standing: d.standing })}
                  </td>
                  <td data-label={t('desk.col.present')}>{d.present ? t('desk.present') : '—'}</td>
                  <td data-label={t('desk.col.signIn')}>
                    <span className="row-actions">
                      <span className="muted">
                        {t('desk.code.state', {
                          state: d.signIn.revoked ? 'ended' : d.signIn.issued ? 'issued' : 'none',
                        })}
                      </span>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy === d.id}
                        onClick={() => void issue(d)}
                        data-testid="issue-code"
                      >
                        {d.signIn.issued && !d.signIn.revoked ? t('desk.code.reissue') : t('desk.code.issue')}
                      </button>
                      {codes[d.id] && (
                        <button type="button" className="button button--small" onClick={() => setSlip(d.id)}>
                          {t('desk.code.slip')}
                        </button>
                      )}
                      {d.signIn.issued && !d.signIn.revoked && (
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          disabled={busy === d.id}
                          onClick={() => void revoke(d)}
                        >
                          {t('desk.code.end.confirm')}
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
