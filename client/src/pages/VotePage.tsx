/** Placeholder until the live-plenary API lands; the route and its purpose are fixed. */
export function VotePage() {
  return (
    <div className="page">
      <title>Delegation voting pad · Plenary</title>
      <header className="page__header">
        <h1>Delegation voting pad</h1>
      </header>
      <p className="lede">
        A delegation casts its vote here: yes, no or abstain, on the matter the President has put to the vote.
      </p>
      <p className="notice">Delegations sign in with the access code issued with their credentials.</p>
    </div>
  );
}
