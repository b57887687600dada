import '../console.css';
export interface TallyTile {
  label: string;
  value: number;
  testId: string;
  tone?: 'yes' | 'no';
}

/** The counts in big tiles, as the console shows them while a vote is open and when it declares. */
export function TallyTiles({ tiles, large = false }: { tiles: TallyTile[]; large?: boolean }) {
  return (
    <dl className={large ? 'tally tally--large' : 'tally'}>
      {tiles.map((t) => (
        <div key={t.testId} className={t.tone ? `tally__item tally__item--${t.tone}` : 'tally__item'}>
          <dt>{t.label}</dt>
          <dd data-testid={t.testId}>{t.value}</dd>
        </div>
      ))}
    </dl>
  );
}
