import { memo } from 'react';
import type { RelationKind, RouteStatus } from '../data/schema';
import { KIND_STYLE, MAP_COLORS, ORG_HIGHLIGHT, ROUTE_STYLE, STATUS_DASH } from '../style/palette';
import { formatDate } from './format';
import { StrainSwatch } from './KindBadge';

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

function FillSample({
  color,
  opacity,
  border = MAP_COLORS.border,
  dashArray,
}: {
  color: string;
  opacity: number;
  border?: string;
  dashArray?: string;
}) {
  return (
    <svg className="swatch" width="20" height="14" viewBox="0 0 20 14" aria-hidden="true">
      <rect x="1" y="1" width="18" height="12" fill={color} fillOpacity={opacity} stroke={border} strokeDasharray={dashArray} />
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
  asOf,
  compact = false,
}: {
  kinds: readonly RelationKind[];
  focusName: string;
  /** When the dataset was last reviewed, said once here; each fact keeps its own date. */
  asOf: string;
  compact?: boolean;
}) {
  return (
    <section className="legend" aria-label="Legend">
      <h3>Relationship with {focusName}</h3>
      <ul>
        {kinds.map((k) => (
          <li key={k.id}>
            <LineSample color={KIND_STYLE[k.id].color} dashArray={KIND_STYLE[k.id].dashArray} />
            <span>{k.label}</span>
          </li>
        ))}
        <li>
          <StrainSwatch />
          <span>Under strain (outline)</span>
        </li>
        <li>
          <FillSample color={MAP_COLORS.focus} opacity={0.85} />
          <span>{focusName}</span>
        </li>
        <li>
          <FillSample color={ORG_HIGHLIGHT.member.fill} opacity={ORG_HIGHLIGHT.member.opacity} border={ORG_HIGHLIGHT.member.border} />
          <span>Organisation chosen: full members</span>
        </li>
        <li>
          <FillSample
            color={ORG_HIGHLIGHT.partner.fill}
            opacity={ORG_HIGHLIGHT.partner.opacity}
            border={ORG_HIGHLIGHT.partner.border}
            dashArray={ORG_HIGHLIGHT.partner.dashArray}
          />
          <span>Organisation chosen: partners, observers</span>
        </li>
      </ul>
      {!compact && (
        <details className="legend-definitions">
          <summary>What the kinds mean</summary>
          <dl>
            {kinds.map((k) => (
              <div key={k.id}>
                <dt>{k.label}</dt>
                <dd>{k.definition}</dd>
              </div>
            ))}
            <div>
              <dt>Under strain</dt>
              <dd>A dated period of tension, drawn as an orange dashed outline on top of the kind, which can stay in force.</dd>
            </div>
          </dl>
        </details>
      )}
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
      <p className="legend-note">
        Data reviewed as of <time dateTime={asOf}>{formatDate(asOf)}</time>; every fact carries its own date and source.
      </p>
    </section>
  );
});
