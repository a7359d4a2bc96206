import type { FocusDataset, IsoDate } from '../../data/schema';

/** What the citation names as the work: the map, whichever focus country it shows. */
export const SITE_NAME = 'Foreign relations map (interactive)';

export interface CitationInput {
  /** What the view shows, from {@link viewTitle}. */
  title: string;
  asOf: IsoDate;
  link: string;
  accessed: Date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** "Türkiye — <focus>’s foreign relations, 2026": the selection (if any), the focus country, the year. */
export function viewTitle(dataset: FocusDataset, selectionName: string | null, year: number | null, today: Date): string {
  return `${selectionName ? `${selectionName} — ` : ''}${dataset.title}, ${year ?? today.getFullYear()}`;
}

/** One line of plain text: title, work, dataset date, link, access date. */
export function citationText({ title, asOf, link, accessed }: CitationInput): string {
  return `${title}. ${SITE_NAME}. Dataset as of ${asOf}. ${link} (accessed ${isoDay(accessed)}).`;
}

/** BibTeX's special characters, escaped for a text field. */
const bibtexText = (text: string) => text.replace(/[\\{}%&#$_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/** A BibTeX @misc entry, with `url` and `urldate` for biblatex and `howpublished` for plain BibTeX. */
export function citationBibtex({ title, asOf, link, accessed }: CitationInput, key: string): string {
  const day = isoDay(accessed);
  return [
    `@misc{${key.replace(/[^A-Za-z0-9:_-]/g, '')},`,
    `  title = {{${bibtexText(title)}}},`,
    `  author = {{${bibtexText(SITE_NAME)}}},`,
    `  year = {${day.slice(0, 4)}},`,
    `  howpublished = {\\url{${link}}},`,
    `  url = {${link}},`,
    `  urldate = {${day}},`,
    `  note = {Dataset as of ${asOf}; accessed ${day}},`,
    '}',
  ].join('\n');
}
