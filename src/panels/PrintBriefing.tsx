import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { onIdle } from '../lib/on-idle';
import { useWindowEvents } from '../lib/use-window-events';
import { exportTitle, type ViewExport, viewFigure } from './view-export';

type Qr = typeof import('uqr');

interface Briefing {
  title: string;
  figure: string;
  /** The QR code's modules, row by row (true = dark), or null before the encoder is in. */
  qr: boolean[][] | null;
  link: string;
}

function makeBriefing(view: ViewExport, qr: Qr | null): Briefing {
  const title = exportTitle(view, new Date());
  const { svg } = viewFigure(view, title);
  return { title, figure: svg, qr: qr ? qr.encode(view.link, { border: 2 }).data : null, link: view.link };
}

/** The figure's markup, parsed as SVG (not HTML) and put in place before the browser lays out the page. */
function SvgFigure({ markup }: { markup: string }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    slot.current?.replaceChildren(document.importNode(svg, true));
  }, [markup]);
  return <div ref={slot} className="print-figure" />;
}

/** A QR code as one path of its dark modules. */
function QrCode({ modules }: { modules: boolean[][] }) {
  const d = modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
  return (
    <svg className="print-qr" viewBox={`0 0 ${modules.length} ${modules.length}`} role="img" aria-label="QR code of the link to this view">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/**
 * The A4 briefing the print stylesheet shows instead of the live map: the view as a figure (map,
 * names, legend, credit, link), the view's link with a QR code of it, and then the open panel with
 * its sources (print.css). It is made just before printing, whether from the share dialog's Print
 * or the browser's own, so both give the same page. It and the QR encoder (a small chunk of its
 * own) load on idle once the reader has shown a sign of use.
 */
export function PrintBriefing({ view }: { view: ViewExport }) {
  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const qr = useRef<Qr | null>(null);

  useEffect(
    () =>
      onIdle(() => {
        void import('uqr').then(
          (m) => {
            qr.current = m;
          },
          () => undefined,
        );
      }),
    [],
  );

  useWindowEvents({
    // Synchronously, so that the briefing is in the page when the browser lays it out for print.
    beforeprint: () => flushSync(() => setBriefing(makeBriefing(view, qr.current))),
    afterprint: () => setBriefing(null),
  });

  if (!briefing) return null;
  return (
    <section className="print-briefing" aria-label="Print briefing">
      <SvgFigure markup={briefing.figure} />
      <div className="print-link">
        {briefing.qr && <QrCode modules={briefing.qr} />}
        <p>
          <strong>{briefing.title}</strong>
          <br />
          This view: {briefing.link}
          <br />
          Every fact below carries its source; the sources are listed with their addresses.
        </p>
      </div>
    </section>
  );
}
