import type { RelationKind } from '../data/schema';
import { KIND_STYLE, STRAIN_STYLE } from '../style/palette';

/** A kind's line sample (colour and dash) with its label, so colour is never the only cue. */
export function KindSwatch({ kind }: { kind: RelationKind['id'] }) {
  const style = KIND_STYLE[kind];
  return (
    <svg className="swatch" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <line x1="2" y1="6" x2="34" y2="6" stroke={style.color} strokeWidth="3" strokeDasharray={style.dashArray} strokeLinecap="butt" />
    </svg>
  );
}

export function KindBadge({ kind }: { kind: RelationKind }) {
  return (
    <span className="kind-badge">
      <KindSwatch kind={kind.id} />
      {kind.label}
    </span>
  );
}

/** The strain outline's sample with words, so the orange is never the only cue. */
export function StrainSwatch() {
  return (
    <svg className="swatch" width="20" height="14" viewBox="0 0 20 14" aria-hidden="true">
      <rect
        x="2"
        y="2"
        width="16"
        height="10"
        fill="none"
        stroke={STRAIN_STYLE.color}
        strokeWidth="2"
        strokeDasharray={STRAIN_STYLE.dashArray}
      />
    </svg>
  );
}

export function StrainBadge({ label }: { label: string }) {
  return (
    <span className="kind-badge strain-badge-line">
      <StrainSwatch />
      Under strain: {label}
    </span>
  );
}
