/** The English names the board can fit in a column; the full name stays in the title and for screen readers. */
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

/**
 * The name as the board's column shows it: English abbreviations where the board has them, and
 * in every language the name without its bracketed part ("Bolivia (Plurinational State of)").
 */
export function boardName(name: string, lang = 'en'): string {
  return (lang === 'en' ? SHORT[name] : undefined) ?? name.replace(/\s*[(（].*[)）]\s*$/, '');
}
