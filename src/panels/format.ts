const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1992-03-12" → "12 Mar 1992", "2025-06" → "Jun 2025", "2006" → "2006". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}

/**
 * 1768 → "1,768", 2.25 → "2.3" (at most one decimal). Written out rather than with
 * toLocaleString, whose number formatter is slow to start on first use, in the first panel.
 */
export function formatNumber(n: number): string {
  const [whole = '0', decimal] = String(Math.abs(Math.round(n * 10) / 10)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 && (whole !== '0' || decimal) ? '-' : ''}${grouped}${decimal ? `.${decimal}` : ''}`;
}
