import { useRef, useState } from 'react';
import { COPY_REFUSED, copyText } from '../lib/copy-text';
import { downloadBlob } from '../lib/download';
import { svgToPng } from '../lib/rasterise';
import { citationBibtex, citationText } from '../state/export/citation';
import { viewCsv } from '../state/export/view-csv';
import { viewGeoJson } from '../state/export/view-geojson';
import { exportTitle, fileName, type ViewExport, viewFigure } from './view-export';

/** The PNG is at least this many pixels wide, and never under 2 pixels per CSS pixel. */
const MIN_PNG_WIDTH = 1200;

/**
 * The share dialog's ways to take the view away: a citation (plain text and BibTeX) to copy, the
 * tables behind it as CSV, what it draws as GeoJSON, an image of the map, and a printed briefing.
 * Everything is made here, in the page, from data already loaded or loaded from our own host.
 */
interface ExportActionsProps {
  view: ViewExport;
  onPrint: () => void;
  /** Says what happened, in the dialog's live region. */
  onStatus: (text: string) => void;
}

export function ExportActions({ view, onPrint, onStatus: setStatus }: ExportActionsProps) {
  const [citing, setCiting] = useState(false);
  const textField = useRef<HTMLTextAreaElement>(null);
  const bibField = useRef<HTMLTextAreaElement>(null);
  const today = new Date();
  const title = exportTitle(view, today);
  const cite = { title, asOf: view.dataset.asOf, link: view.link, accessed: today };
  const text = citationText(cite);
  const bibtex = citationBibtex(cite, `relations-${view.dataset.focus.id.toLowerCase()}-${view.year ?? today.getFullYear()}`);

  const run = async (what: string, make: () => Promise<[string, Blob]>) => {
    setStatus(`Preparing the ${what}…`);
    try {
      const [name, blob] = await make();
      downloadBlob(name, blob);
      setStatus(`Saved ${name}.`);
    } catch {
      setStatus(`The ${what} could not be made. Try again, or reload the page.`);
    }
  };
  const csv = () =>
    run('table', async () => {
      const [details, events] = await Promise.all([view.loadDetails(), view.loadEvents()]);
      const body = viewCsv({ dataset: view.dataset, details, events, year: view.year, today, shown: view.shown });
      return [fileName(title, 'csv'), new Blob([body], { type: 'text/csv;charset=utf-8' })];
    });
  const geojson = () =>
    run('GeoJSON', async () => {
      const body = JSON.stringify(viewGeoJson(view), null, 1);
      return [fileName(title, 'geojson'), new Blob([body], { type: 'application/geo+json' })];
    });
  const image = () =>
    run('image', async () => {
      const figure = viewFigure(view, title);
      const scale = Math.max(2, MIN_PNG_WIDTH / figure.width);
      return [fileName(title, 'png'), await svgToPng(figure.svg, figure.width, figure.height, scale)];
    });
  const copy = async (what: string, value: string, field: HTMLTextAreaElement | null) =>
    setStatus((await copyText(value, field)) ? `${what} copied to the clipboard.` : COPY_REFUSED);

  return (
    <section className="export-actions" aria-labelledby="export-title">
      <h3 id="export-title">Cite or take it with you</h3>
      <button type="button" aria-expanded={citing} aria-controls="cite-block" onClick={() => setCiting((open) => !open)}>
        Cite
      </button>
      <div id="cite-block" className="cite-block" hidden={!citing}>
        <label htmlFor="cite-text">Citation (plain text)</label>
        <textarea id="cite-text" ref={textField} readOnly rows={3} value={text} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy('Citation', text, textField.current)}>
          Copy citation
        </button>
        <label htmlFor="cite-bibtex">BibTeX</label>
        <textarea id="cite-bibtex" ref={bibField} readOnly rows={9} value={bibtex} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy('BibTeX', bibtex, bibField.current)}>
          Copy BibTeX
        </button>
      </div>
      <div className="export-buttons">
        <button type="button" onClick={() => void csv()}>
          Download CSV
        </button>
        <button type="button" onClick={() => void geojson()}>
          Download GeoJSON
        </button>
        <button type="button" onClick={() => void image()}>
          Download image
        </button>
        <button type="button" onClick={onPrint}>
          Print
        </button>
      </div>
    </section>
  );
}
