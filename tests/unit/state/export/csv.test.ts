import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../../src/state/export/csv';

describe('the CSV writer', () => {
  it('leaves plain fields alone and quotes the awkward ones (RFC 4180)', () => {
    expect(csvField('BTC')).toBe('BTC');
    expect(csvField(1768)).toBe('1768');
    expect(csvField(null)).toBe('');
    expect(csvField('Baku, Tbilisi')).toBe('"Baku, Tbilisi"');
    expect(csvField('the "Contract of the Century"')).toBe('"the ""Contract of the Century"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('round-trips awkward and non-Latin values through a real parser', () => {
    const rows = [
      ['Türkiye', 'Şuşa, 2021', 'He said "allies"'],
      ['საქართველო', 'Азербайджан', '阿塞拜疆'],
      ['multi\nline', '', ',,,'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(['x', 'y', 'z'], rows), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([['x', 'y', 'z'], ...rows]);
  });
});
