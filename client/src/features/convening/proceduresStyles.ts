/**
 * The Procedures screen's own rules, on top of app/styles.css and its variables. Rendered by the
 * page as a React 19 <style precedence> (hoisted into <head> once), so this feature carries its
 * styles without editing the shared stylesheet other screens are changing.
 */
export const PROCEDURES_CSS = `
.proc-layout { display: grid; grid-template-columns: minmax(18rem, 26rem) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.proc-layout__side, .proc-layout__main { display: grid; gap: 1.25rem; min-width: 0; }
.proc-list__head { display: flex; justify-content: space-between; align-items: center; gap: 0.75rem; margin-bottom: 0.5rem; }
.proc-list__head h2 { margin: 0; font-size: 1.1rem; }
.proc-list__items { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
.proc-list__item { display: grid; gap: 0.15rem; justify-items: start; width: 100%; text-align: left; padding: 0.7rem 0.9rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); cursor: pointer; font: inherit; color: inherit; }
.proc-list__item:hover { background: var(--surface-2); }
.proc-list__item[aria-current='true'] { border-color: var(--accent); box-shadow: inset 4px 0 0 var(--accent); background: var(--accent-soft); }
.proc-list__title { font-weight: 700; }
.proc-list__meta { color: var(--muted); font-size: 0.9rem; font-variant-numeric: tabular-nums; }
.proc-list__item .status-pill { font-size: 0.8rem; padding: 0.1rem 0.6rem; margin-top: 0.2rem; }
.proc-empty { padding: 1.25rem; }
.proc-placeholder { text-align: left; padding: 2rem; }
.proc-detail { padding: 1.5rem 1.75rem; display: grid; gap: 1.25rem; min-width: 0; }
.proc-detail > * { margin: 0; }
.proc-detail h3 { margin-bottom: 0.5rem; }
.proc-detail__head { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem; flex-wrap: wrap; }
.proc-detail__head h2 { margin: 0.15rem 0 0.4rem; font-size: 1.6rem; }
.proc-detail__head p { margin: 0 0 0.25rem; }
.proc-detail__head .status-pill { font-size: 1.05rem; }
.proc-kicker { text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.8rem; font-weight: 700; color: var(--muted); margin: 0; }
.proc-matter { font-size: 1.1rem; white-space: pre-wrap; }
.proc-detail__grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.25rem; align-items: start; }
.proc-meter { padding: 1.1rem 1.25rem; border: 1px solid var(--border); border-radius: var(--radius); background: var(--surface-2); border-top: 6px solid var(--pending-fg); }
.proc-meter--met { border-top-color: var(--party-fg); }
.proc-meter > * { margin: 0; }
.proc-meter__title { font-size: 1rem; color: var(--muted); }
.proc-meter__figure { font-size: clamp(1.4rem, 1rem + 1.2vw, 2rem); font-weight: 600; font-variant-numeric: tabular-nums; }
.proc-meter__figure strong { font-size: clamp(2.6rem, 1.8rem + 2.4vw, 4rem); font-weight: 800; line-height: 1.05; color: var(--accent-strong); }
.proc-meter__rule { color: var(--muted); margin-bottom: 0.6rem; }
.proc-meter__track { height: 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 999px; overflow: hidden; margin: 0.4rem 0; }
.proc-meter__fill { display: block; height: 100%; background: var(--pending-fg); border-radius: 999px; transition: width 0.3s ease; }
.proc-meter--met .proc-meter__fill { background: var(--party-fg); }
.proc-meter__status { font-weight: 700; font-size: 1.1rem; }
.proc-meter--met .proc-meter__status { color: var(--party-fg); }
.proc-meter__note { font-size: 0.9rem; margin-top: 0.35rem; }
.proc-arith { display: grid; gap: 0.2rem; margin: 0.5rem 0 0; }
.proc-arith div { display: grid; grid-template-columns: 4.5rem 1fr; gap: 0.5rem; }
.proc-arith dt { color: var(--muted); font-size: 0.9rem; }
.proc-arith dd { margin: 0; }
.proc-deadlines { display: grid; gap: 0.75rem; margin: 0; }
.proc-deadline { padding: 0.8rem 1rem; border: 1px solid var(--border); border-left: 6px solid var(--accent); border-radius: var(--radius); background: var(--surface); }
.proc-deadline dt { color: var(--muted); font-weight: 650; font-size: 0.95rem; }
.proc-deadline dd { margin: 0; display: grid; }
.proc-deadline__date { font-size: 1.35rem; font-weight: 800; }
.proc-deadline__days { font-weight: 650; font-variant-numeric: tabular-nums; }
.proc-deadline__note { color: var(--muted); font-size: 0.9rem; }
.proc-deadline--soon, .proc-deadline--today { border-left-color: var(--pending-fg); }
.proc-deadline--soon .proc-deadline__days, .proc-deadline--today .proc-deadline__days { color: var(--pending-fg); }
.proc-deadline--passed { border-left-color: var(--border); }
.proc-deadline--passed .proc-deadline__days { color: var(--muted); }
.proc-subform { display: grid; gap: 0.75rem; padding: 1rem 1.25rem; background: var(--surface-2); border-radius: var(--radius); }
.proc-subform > * { margin: 0; }
.proc-subform--action { border: 2px solid var(--accent); background: var(--accent-soft); }
.proc-subform .button { justify-self: start; }
.proc-inline { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-start; }
.proc-inline > .field { flex: 1 1 14rem; }
.proc-inline > .field input { width: 100%; }
.proc-inline__button { margin-top: 1.85rem; }
.proc-states { display: grid; gap: 0.5rem; }
.proc-states__row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start; }
.proc-states__row > .field { flex: 1 1 16rem; }
.proc-states__row > .field input { width: 100%; }
.proc-states__row > .button { margin-top: 1.85rem; }
.proc-chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
.proc-chip { display: inline-flex; align-items: center; gap: 0.4rem; padding: 0.15rem 0.25rem 0.15rem 0.75rem; background: var(--accent-soft); color: var(--accent-strong); border-radius: 999px; font-weight: 600; }
.proc-chip__remove { border: 0; background: transparent; color: inherit; font-size: 1.2rem; line-height: 1; width: 1.9rem; height: 1.9rem; border-radius: 50%; cursor: pointer; }
.proc-chip__remove:hover { background: var(--surface); }
.proc-form { max-width: 56rem; }
.proc-form-error { padding: 0.6rem 0.9rem; background: var(--danger-soft); border-radius: var(--radius); }
.proc-saved { color: var(--party-fg); font-weight: 650; }
.proc-convened { padding: 1rem 1.25rem; border-radius: var(--radius); background: var(--party-bg); color: var(--party-fg); }
.proc-convened > * { margin: 0 0 0.35rem; }
.proc-quorum { font-size: 1.2rem; }
.proc-quorum strong { font-size: 2rem; font-variant-numeric: tabular-nums; }
.proc-quorum .record__arithmetic { display: block; color: inherit; }
.proc-response { padding: 1rem 1.25rem; border-radius: var(--radius); border-left: 6px solid var(--party-fg); background: var(--surface-2); }
.proc-response--late { border-left-color: var(--withdrawn-fg); }
.proc-experts { border: 1px solid var(--border); border-radius: var(--radius); padding: 0.75rem 1rem; display: grid; gap: 0.5rem; min-width: 0; }
.proc-experts legend { font-weight: 650; padding: 0 0.3rem; }
.proc-missions { margin: 0 0 0.75rem; padding-left: 1.25rem; }
.proc-acts { max-height: 28rem; overflow-y: auto; }
.proc-explain { padding: 0.9rem 1.1rem; background: var(--accent-soft); border-left: 5px solid var(--accent); border-radius: var(--radius); }
.proc-explain > * { margin: 0 0 0.35rem; }
.proc-explain > :last-child { margin-bottom: 0; }
.proc-big-date { font-size: clamp(1.8rem, 1.3rem + 1.5vw, 2.6rem); font-weight: 800; color: var(--accent-strong); }
.tabs__tab .muted { font-weight: 500; }
@media (max-width: 75rem) {
  .proc-layout { grid-template-columns: minmax(0, 1fr); }
  .proc-detail__grid { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 52rem) {
  .proc-detail { padding: 1rem; }
  .proc-detail__head h2 { font-size: 1.3rem; }
  .procedures .tabs { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); overflow: visible; }
  .procedures .tabs__tab { padding: 0.5rem 0.4rem; text-align: center; white-space: normal; min-width: 0; }
  .tabs__tab .muted { display: none; }
  .proc-list__items { max-height: 40vh; overflow-y: auto; }
  .proc-layout--chosen .proc-layout__main { order: -1; }
  .page__header .lede { font-size: 1rem; }
}
`;
