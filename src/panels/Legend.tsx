import { memo } from 'react';
import type { RelationKind, RouteStatus } from '../data/schema';
import { KIND_STYLE, MAP_COLORS, ROUTE_STYLE, STATUS_DASH } from '../style/palette';

function LineSample({
  color,
  dashArray,
  overlay,
  opacity = 1,
}: {
  color: string;
  dashArray?: string;
  overlay?: { color: string; dashArray?: string; weightRatio: number };
  opacity?: number;
}) {
  return (
    <svg className="swatch" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
      <line x1="2" y1="7" x2="38" y2="7" stroke={color} strokeWidth="4" strokeDasharray={dashArray} opacity={opacity} />
      {overlay && (
        <line
          x1="2"
          y1="7"
          x2="38"
          y2="7"
          stroke={overlay.color}
          strokeWidth={4 * overlay.weightRatio}
          strokeDasharray={overlay.dashArray}
        />
      )}
    </svg>
  );
}

function FillSample({ color, opacity }: { color: string; opacity: number }) {
  return (
    <svg className="swatch" width="20" height="14" viewBox="0 0 20 14" aria-hidden="true">
      <rect x="1" y="1" width="18" height="12" fill={color} fillOpacity={opacity} stroke={MAP_COLORS.border} />
    </svg>
  );
}

const STATUS_ROWS: { status: RouteStatus; label: string; dash?: string; opacity?: number }[] = [
  { status: 'operational', label: 'Operational: solid line', dash: STATUS_DASH.built },
  { status: 'idle', label: 'Idle or little used: faded line', dash: STATUS_DASH.built, opacity: 0.45 },
  { status: 'under-construction', label: 'Under construction: dashed line', dash: STATUS_DASH['under-construction'] },
  { status: 'planned', label: 'Planned or proposed: dotted line', dash: STATUS_DASH.planned },
];

/** What every colour and dash on the map means, in words as well as samples. */
export const Legend = memo(function Legend({
  kinds,
  focusName,
  compact = false,
}: {
  kinds: readonly RelationKind[];
  focusName: string;
  compact?: boolean;
}) {
  return (
    <section className="legend" aria-label="Legend">
      <h3>Relationship with {focusName}</h3>
      <ul>
        {kinds.map((k) => (
          <li key={k.id}>
            <LineSample color={KIND_STYLE[k.id].color} dashArray={KIND_STYLE[k.id].dashArray} />
            <span>
              <strong>{k.label}</strong>
              {!compact && <> — {k.definition}</>}
            </span>
          </li>
        ))}
        <li>
          <FillSample color={MAP_COLORS.focus} opacity={0.85} />
          <span>{focusName}</span>
        </li>
      </ul>
      <h3>Routes</h3>
      <ul>
        {Object.entries(ROUTE_STYLE).map(([type, s]) => (
          <li key={type}>
            <LineSample color={s.color} overlay={s.overlay} />
            <span>{s.label}</span>
          </li>
        ))}
        {STATUS_ROWS.map((r) => (
          <li key={r.status}>
            <LineSample color="#444" dashArray={r.dash} opacity={r.opacity} />
            <span>{r.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
