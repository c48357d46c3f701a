/** Formats a date the Dutch way: 11 juli 2024. */
export function formatDate(date: Date, lang = 'nl'): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Joins labels in Dutch: "a, b en c". */
export function joinList(items: readonly string[], lang = 'nl'): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
