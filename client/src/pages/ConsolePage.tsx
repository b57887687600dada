/** Placeholder until the live-plenary API lands; the route and its purpose are fixed. */
export function ConsolePage() {
  return (
    <div className="page">
      <title>President's console · Plenary</title>
      <header className="page__header">
        <h1>President's console</h1>
      </header>
      <p className="lede">
        The President runs the plenary from here: opens the meeting when the quorum is present, seeks
        consensus, and opens and closes votes.
      </p>
      <p className="notice">
        Each vote is shown with its rule, the numbers and the comparison, as the Convention and the rules of
        procedure require.
      </p>
    </div>
  );
}
