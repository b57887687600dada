/** The names the board can fit in a column; the full name stays in the title and for screen readers. */
const SHORT: Record<string, string> = {
  'United Kingdom of Great Britain and Northern Ireland': 'United Kingdom',
  'Democratic Republic of the Congo': 'Dem. Rep. Congo',
  'St. Vincent and the Grenadines': 'St. Vincent & Gren.',
  'Saint Vincent and the Grenadines': 'St. Vincent & Gren.',
  'United Republic of Tanzania': 'United Rep. of Tanzania',
  'Bosnia and Herzegovina': 'Bosnia & Herzegovina',
  'Central African Republic': 'Central African Rep.',
  'Sao Tome and Principe': 'Sao Tome & Principe',
  'Trinidad and Tobago': 'Trinidad & Tobago',
  'Antigua and Barbuda': 'Antigua & Barbuda',
  'Saint Kitts and Nevis': 'St. Kitts & Nevis',
  'St. Kitts and Nevis': 'St. Kitts & Nevis',
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
