import { useState } from 'react';
import type { Dimension, FocusDataset, Organisation, PartnerCore as Partner, RouteCore as Route } from '../data/schema';
import { ROUTE_STYLE } from '../style/palette';
import { selectionForPartner } from '../state/selection';
import { periodAt, strainsAt } from '../state/selectors';
import { sameSelection, type Selection } from '../state/view-state';
import { formatDate } from './format';
import { KindBadge, StrainBadge } from './KindBadge';
import { ORG_STATUS_LABEL, ROUTE_STATUS_LABEL } from '../style/labels';
import { SortableTable, type Column } from './SortableTable';

interface ListViewProps {
  dataset: FocusDataset;
  year: number | null;
  selected: Selection | null;
  onSelect: (sel: Selection) => void;
}

const DIMENSIONS: Dimension[] = ['energy', 'transport', 'security', 'trade', 'diplomacy'];

function SelectButton({ label, sel, onSelect }: { label: string; sel: Selection; onSelect: (sel: Selection) => void }) {
  return (
    <button type="button" className="link-button" onClick={() => onSelect(sel)}>
      {label}
    </button>
  );
}

/**
 * Partners, routes and organisations as sortable tables: the keyboard and screen-reader way
 * into everything the map shows, sharing its selection and URL.
 */
export default function ListView({ dataset, year, selected, onSelect }: ListViewProps) {
  const [dimension, setDimension] = useState<Dimension | null>(null);
  const partners = dimension ? dataset.partners.filter((p) => p.dimensions.includes(dimension)) : dataset.partners;
  const kindOf = (p: Partner) => dataset.kinds.find((k) => k.id === periodAt(p, year)?.kind);
  const partnerColumns: Column<Partner>[] = [
    {
      label: 'Partner',
      value: (p) => p.name,
      render: (p) => <SelectButton label={p.name} sel={selectionForPartner(p)} onSelect={onSelect} />,
    },
    {
      label: 'Kind',
      value: (p) => kindOf(p)?.label ?? 'No relations yet',
      render: (p) => {
        const k = kindOf(p);
        return k ? <KindBadge kind={k} /> : 'No relations yet';
      },
    },
    {
      label: 'Under strain',
      value: (p) =>
        strainsAt(p, year)
          .map((s) => s.label)
          .join('; '),
      render: (p) => {
        const label = strainsAt(p, year)
          .map((s) => s.label)
          .join('; ');
        return label ? <StrainBadge label={label} /> : '—';
      },
    },
    { label: 'Dimensions', value: (p) => p.dimensions.join(', ') },
    {
      label: 'Relations since',
      value: (p) => p.relationsEstablished?.date ?? '',
      render: (p) => (p.relationsEstablished ? formatDate(p.relationsEstablished.date) : '—'),
    },
  ];
  const routeColumns: Column<Route>[] = [
    {
      label: 'Route',
      value: (r) => r.name,
      render: (r) => <SelectButton label={`${r.name} (${r.shortName})`} sel={{ kind: 'route', id: r.id }} onSelect={onSelect} />,
    },
    { label: 'Type', value: (r) => ROUTE_STYLE[r.type].label },
    { label: 'Status', value: (r) => ROUTE_STATUS_LABEL[r.status] },
    { label: 'Opened', value: (r) => r.opened?.date ?? '', render: (r) => (r.opened ? formatDate(r.opened.date) : '—') },
  ];
  const orgColumns: Column<Organisation>[] = [
    {
      label: 'Organisation',
      value: (o) => o.name,
      render: (o) => <SelectButton label={o.name} sel={{ kind: 'org', id: o.id }} onSelect={onSelect} />,
    },
    { label: `${dataset.focus.name}’s standing`, value: (o) => `${ORG_STATUS_LABEL[o.status]}${o.left ? ' (left)' : ''}` },
    { label: 'Since', value: (o) => o.joined.date, render: (o) => formatDate(o.joined.date) },
    { label: 'Members', value: (o) => o.members.length },
  ];
  const current = (sel: Selection) => sameSelection(sel, selected);

  return (
    <div className="list-view">
      <fieldset className="dimension-filter">
        <legend className="sr-only">Show partners by dimension</legend>
        {[null, ...DIMENSIONS].map((d) => (
          <button key={d ?? 'all'} type="button" className="chip" aria-pressed={dimension === d} onClick={() => setDimension(d)}>
            {d ?? 'all'}
          </button>
        ))}
      </fieldset>
      <SortableTable
        caption={dimension ? `Partners: ${dimension}` : 'Partners'}
        rows={partners}
        columns={partnerColumns}
        rowKey={(p) => p.id}
        isCurrent={(p) => current(selectionForPartner(p))}
      />
      <SortableTable
        caption="Routes"
        rows={dataset.routes}
        columns={routeColumns}
        rowKey={(r) => r.id}
        isCurrent={(r) => current({ kind: 'route', id: r.id })}
      />
      <SortableTable
        caption="Organisations"
        rows={dataset.organisations}
        columns={orgColumns}
        rowKey={(o) => o.id}
        isCurrent={(o) => current({ kind: 'org', id: o.id })}
      />
    </div>
  );
}
