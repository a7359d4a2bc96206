/**
 * The one way the app orders text: accents folded and case ignored, compared as plain strings
 * ("Türkiye" sorts with "Turkmenistan"). Not localeCompare or the Intl collator, whose first use
 * starts a collator that costs tens of milliseconds on the first click; ISO dates compare
 * correctly as plain strings too.
 */
export const sortKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function compareText(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
