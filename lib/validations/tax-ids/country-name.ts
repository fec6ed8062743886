const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** "DE" -> "Germany", for messages; the code itself where the runtime has no name for it. */
export function countryName(country: string): string {
  try {
    return names.of(country) ?? country;
  } catch {
    return country;
  }
}
