import { useEffect, useRef, memo } from 'react';
import type { RouteCore as Route, RouteGroup, RouteType } from '../data/schema';

interface LayersControlProps {
  routes: readonly Route[];
  groups: readonly RouteGroup[];
  /** 'on', 'off' or, for a group, 'some' when only part of it is shown. */
  stateOf: (layerId: string) => 'on' | 'off' | 'some';
  /** Why a route cannot be seen in the chosen year, if it can't (e.g. "not yet built in 2005"). */
  noteFor: (routeId: string) => string | null;
  onToggle: (layerId: string) => void;
}

const SECTIONS: { title: string; types: RouteType[] }[] = [
  { title: 'Oil pipelines', types: ['oil'] },
  { title: 'Gas pipelines', types: ['gas'] },
  { title: 'Railways and corridors', types: ['rail', 'corridor'] },
];

interface Item {
  id: string;
  label: string;
  note: string | null;
}

function Toggle({ item, state, onToggle }: { item: Item; state: 'on' | 'off' | 'some'; onToggle: (id: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  const noteId = `layer-note-${item.id}`;
  return (
    <li>
      <label className="toggle">
        <input
          ref={ref}
          type="checkbox"
          checked={state === 'on'}
          onChange={() => onToggle(item.id)}
          aria-describedby={item.note ? noteId : undefined}
        />
        <span>{item.label}</span>
      </label>
      {item.note && (
        <span id={noteId} className="layer-note">
          {item.note}
        </span>
      )}
    </li>
  );
}

/**
 * The overlay switches, grouped by what the routes carry. A route group (the Southern Gas
 * Corridor) is one switch over its parts, listed in its label.
 */
export const LayersControl = memo(function LayersControl({ routes, groups, stateOf, noteFor, onToggle }: LayersControlProps) {
  const routeById = new Map(routes.map((r) => [r.id, r]));
  const grouped = new Map(groups.flatMap((g) => g.routes.map((id) => [id, g] as const)));
  const label = (r: Route) => (r.name.includes(r.shortName) ? r.name : `${r.name} (${r.shortName})`);

  return (
    <fieldset className="layers-control">
      <legend>Routes</legend>
      {SECTIONS.map(({ title, types }) => {
        const items: Item[] = [];
        for (const r of routes.filter((route) => types.includes(route.type))) {
          const group = grouped.get(r.id);
          if (!group) {
            items.push({ id: r.id, label: label(r), note: noteFor(r.id) });
          } else if (group.routes[0] === r.id) {
            const parts = group.routes.map((id) => routeById.get(id)?.shortName ?? id).join(' + ');
            const notes = group.routes.map(noteFor).filter((n) => n !== null);
            items.push({ id: group.id, label: `${group.name} (${parts})`, note: notes[0] ?? null });
          }
        }
        return (
          <section key={title} aria-label={title}>
            <h3>{title}</h3>
            <ul>
              {items.map((item) => (
                <Toggle key={item.id} item={item} state={stateOf(item.id)} onToggle={onToggle} />
              ))}
            </ul>
          </section>
        );
      })}
    </fieldset>
  );
});
