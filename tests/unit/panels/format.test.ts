import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatNumber } from '../../../src/panels/format';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1768, '1,768'],
    [1234567, '1,234,567'],
    [2.25, '2.3'],
    [16.04, '16'],
    [0.05, '0.1'],
    [-1234.5, '-1,234.5'],
    [-0.01, '0'],
  ])('%d → %s', (n, text) => expect(formatNumber(n)).toBe(text));

  it('says what the British English number format says, for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const expected = n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
        expect(formatNumber(n)).toBe(expected === '-0' ? '0' : expected);
      }),
    );
  });
});

describe('formatDate', () => {
  it.each([
    ['1992-03-12', '12 Mar 1992'],
    ['2025-06', 'Jun 2025'],
    ['2006', '2006'],
  ])('%s → %s', (iso, text) => expect(formatDate(iso)).toBe(text));
});
