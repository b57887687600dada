/** Placeholder until the live-plenary API lands; the route and its purpose are fixed. */
export function DeskPage() {
  return (
    <div className="page">
      <title>Secretariat desk · Plenary</title>
      <header className="page__header">
        <h1>Secretariat desk</h1>
      </header>
      <p className="lede">
        Registration of delegations and their credentials, the attendance that makes the quorum, and the
        record of every decision.
      </p>
      <p className="notice">
        The secretariat prepares each meeting here: the States Parties attending, their credentials, and who
        is present.
      </p>
    </div>
  );
}
