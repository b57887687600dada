/** Placeholder until the live-plenary API lands; the route and its purpose are fixed. */
export function BoardPage() {
  return (
    <div className="page">
      <title>Public board · Plenary</title>
      <header className="page__header">
        <h1>Public board</h1>
      </header>
      <p className="lede">
        What the room sees: the matter before the meeting, the quorum, and each result with its arithmetic.
      </p>
      <p className="notice">The board needs no sign-in and is made to be read on a projector.</p>
    </div>
  );
}
