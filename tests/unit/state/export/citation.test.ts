import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText, SITE_NAME, viewTitle } from '../../../../src/state/export/citation';
import { tinyDataset } from '../../fixtures/tiny-dataset';

const today = new Date('2026-12-02T10:00:00Z');

describe('the citation of a view', () => {
  it('titles the view by what it shows: the selection, the focus country, the year', () => {
    expect(viewTitle(tinyDataset, 'Beta', null, today)).toBe('Beta — Alpha’s foreign relations, 2026');
    expect(viewTitle(tinyDataset, null, 2008, today)).toBe('Alpha’s foreign relations, 2008');
  });

  it('is one line with the title, the work, the dataset date, the link and the access date', () => {
    const link = 'https://example.org/map/#sel=country:BBB&year=2008';
    const text = citationText({ title: 'Beta — Alpha’s foreign relations, 2008', asOf: '2026-01-01', link, accessed: today });
    expect(text).toBe(`Beta — Alpha’s foreign relations, 2008. ${SITE_NAME}. Dataset as of 2026-01-01. ${link} (accessed 2026-12-02).`);
    expect(text).not.toContain('\n');
  });

  it('is a BibTeX entry with the link, the dates, and its special characters escaped', () => {
    const link = 'https://example.org/#sel=org:un&layers=btc';
    const bib = citationBibtex({ title: 'R&D at 100% — A_B #1', asOf: '2026-01-01', link, accessed: today }, 'map:aaa-2026/x');
    expect(bib.startsWith('@misc{map:aaa-2026x,')).toBe(true);
    expect(bib).toContain('title = {{R\\&D at 100\\% — A\\_B \\#1}},');
    expect(bib).toContain(`url = {${link}},`);
    expect(bib).toContain('urldate = {2026-12-02},');
    expect(bib).toContain('note = {Dataset as of 2026-01-01; accessed 2026-12-02},');
    expect(bib.trim().endsWith('}')).toBe(true);
  });
});
