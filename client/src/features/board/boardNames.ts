/** The names the board can fit in a column; the full name stays in the title and for screen readers. */
const SHORT: Record<string, string> = {
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
  'Democratic Republic of the Congo': 'Dem. Rep. of the Congo',
  'St. Vincent and the Grenadines': 'St. Vincent & Grenadines',
  'Saint Vincent and the Grenadines': 'St. Vincent & Grenadines',
  'United Republic of Tanzania': 'United Rep. of Tanzania',
};

export function boardName(name: string): string {
  return SHORT[name] ?? name.replace(/\s*\(.*\)\s*$/, '');
}

/** In the alphabetical order of the language shown (the locale's collator), as the board lists States. */
export function byName<T extends { name: string }>(
  list: readonly T[],
  compare: (a: string, b: string) => number,
): T[] {
  return [...list].sort((a, b) => compare(a.name, b.name));
}
