import type { SlateView } from '@plenary/shared';
import { useFormat, useT } from '../../../lib/locale/context';
import { officeKey, useCommitteeName } from '../offices.wording';

type Warning = SlateView['review']['warnings'][number];

/** A slate warning in the screen's language: the committee or State it concerns, never the server's English. */
function useWarningText() {
  const t = useT();
  const committeeOf = useCommitteeName();
  return (w: Warning): string => {
    const committee = w.committee ? committeeOf(w.committee) : '';
    const state = w.state ?? '';
    switch (w.code) {
      case 'ARTICLE5_COMMITTEE_WITHOUT_ARTICLE5_STATE':
        return t('election.slate.warning.article5', { committee });
      case 'COOPERATION_COMMITTEE_WITHOUT_AFFECTED_STATE':
        return t('election.slate.warning.noAffected', { committee });
      case 'COOPERATION_COMMITTEE_WITHOUT_PROVIDER':
        return t('election.slate.warning.noProvider', { committee });
      case 'COMMITTEE_NOT_FULL':
        return t('election.slate.warning.notFull', { committee });
      case 'JOINING_NOT_TWO':
        return t('election.slate.warning.joining', { committee });
      case 'NO_CHAIR':
        return t('election.slate.warning.noChair', { committee });
      case 'NO_PRESIDENT':
        return t('election.slate.warning.noPresident');
      case 'STATE_ON_SEVERAL_COMMITTEES':
        return t('election.slate.warning.severalCommittees', { state });
      case 'REGIONAL_GROUP_ABSENT':
        return t('election.slate.warning.groupAbsent');
      case 'PROFILE_MISSING':
        return t('election.slate.warning.profileMissing', { state });
      default:
        return w.message;
    }
  };
}

/**
 * The President's proposed slate as the meeting reviews it (DOMAIN.md §9): the officeholders
 * proposed, the regional balance, the mix of States implementing key obligations, providing
 * assistance and others, and the warnings (an Article 5 committee without a State implementing
 * Article 5; a Cooperation committee without an affected State or a provider).
 */
export function SlateReview({ slate }: { slate: SlateView }) {
  const t = useT();
  const committee = useCommitteeName();
  const fmt = useFormat();
  const warning = useWarningText();
  const { review } = slate;
  const mix = review.mix;
  return (
    <section className="panel slate" aria-labelledby={`slate-${slate.id}`} data-testid="slate-review">
      <h2 id={`slate-${slate.id}`}>{t('election.slate.heading', { date: fmt.date(slate.from) })}</h2>
      <p className="slate__status" data-testid="slate-status">
        {t(`election.slate.status.${slate.status === 'not-entered' ? 'notEntered' : slate.status}`)}
      </p>
      <h3>{t('election.slate.warnings')}</h3>
      {review.warnings.length ? (
        <ul className="slate__warnings" data-testid="slate-warnings">
          {review.warnings.map((w, i) => (
            <li key={i} className="slate__warning" data-code={w.code}>
              {warning(w)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('election.slate.noWarnings')}</p>
      )}
      <h3>{t('election.slate.terms')}</h3>
      <table className="slate__table">
        <thead>
          <tr>
            <th scope="col">{t('election.slate.office')}</th>
            <th scope="col">{t('election.slate.holder')}</th>
            <th scope="col">{t('election.slate.until')}</th>
          </tr>
        </thead>
        <tbody>
          {slate.terms.map((term, i) => (
            <tr key={i}>
              <td>
                {t(officeKey(term.office.kind))}
                {'committee' in term.office ? ` · ${committee(term.office.committee)}` : ''}
              </td>
              <td>{term.holder.person ? `${term.holder.person} (${term.stateName})` : term.stateName}</td>
              <td>{term.until ? fmt.date(term.until) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="slate__balance">
        <div>
          <h3>{t('election.slate.balance')}</h3>
          <table className="slate__table" data-testid="slate-regions">
            <tbody>
              {review.regionalGroups.map((g) => (
                <tr key={g.regionalGroup ?? '-'}>
                  <th scope="row">{g.regionalGroup ?? t('election.slate.noGroup')}</th>
                  <td>{fmt.number(g.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('election.slate.mix')}</h3>
          <table className="slate__table" data-testid="slate-mix">
            <tbody>
              {(['implementing', 'providing', 'both', 'others', 'unknown'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`election.slate.mix.${k}`)}</th>
                  <td>{fmt.number(mix[k])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
