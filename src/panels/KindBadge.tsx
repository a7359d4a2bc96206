import type { RelationKind } from '../data/schema';
import { KIND_STYLE } from '../style/palette';

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
