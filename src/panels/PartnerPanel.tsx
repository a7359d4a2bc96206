import type { Organisation, Partner, PartnerCore, RelationKind, RouteCore } from '../data/schema';
import type { Selection } from '../state/view-state';
import { selectionForPartner } from '../state/selection';
import { periodAt, strainsAt, yearOf } from '../state/selectors';
import { AfterFirstPaint } from './AfterFirstPaint';
import { DetailPanel } from './DetailPanel';
import { FactList } from './FactList';
import { PeriodList } from './PeriodList';
import { StrainList } from './StrainList';
import { KindBadge, StrainBadge } from './KindBadge';
import { RelatedLists } from './RelatedLists';
import { SourceLink } from './SourceLink';
import { formatDate } from './format';

interface PartnerPanelProps {
  partner: Partner;
  kinds: readonly RelationKind[];
  /** The focus country's name, for headings. */
  focusName: string;
  year: number | null;
  organisations: readonly Organisation[];
  routes: readonly RouteCore[];
  /** The bloc it belongs to, when that has an entry of its own (France → the EU). */
  bloc: PartnerCore | null;
  countryName: (id: string) => string;
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

/** Why a partner matters to the focus country: its kind with the evidence, strains, dates, tensions, links. */
export function PartnerPanel({
  partner,
  kinds,
  focusName,
  year,
  organisations,
  routes,
  bloc,
  countryName,
  onSelect,
  onClose,
}: PartnerPanelProps) {
  const kindOf = (id: string) => kinds.find((k) => k.id === id);
  const current = periodAt(partner, year);
  const currentKind = current ? kindOf(current.kind) : undefined;
  const periods = partner.periods.filter((p) => year === null || yearOf(p.from) <= year);
  const strains = partner.strains.filter((s) => year === null || yearOf(s.from) <= year);
  const currentStrains = strainsAt(partner, year);

  return (
    <DetailPanel
      itemKey={`partner:${partner.id}`}
      title={partner.name}
      eyebrow={partner.members ? `Partner bloc · ${partner.members.length} member states` : 'Partner'}
      asOf={partner.asOf}
      onClose={onClose}
    >
      {currentKind ? (
        <section aria-label="Kind of relationship" className="kind-section">
          <KindBadge kind={currentKind} />
          {currentStrains.length > 0 && <StrainBadge label={currentStrains.map((s) => s.label).join('; ')} />}
          <p className="kind-definition">{currentKind.definition}</p>
        </section>
      ) : (
        <p className="kind-section">No diplomatic relations yet in {year}.</p>
      )}
      <ul className="chips" aria-label="Dimensions">
        {partner.dimensions.map((d) => (
          <li key={d} className="chip">
            {d}
          </li>
        ))}
      </ul>
      <p className="summary">
        {partner.summary}{' '}
        {partner.summarySources.map((s) => (
          <SourceLink key={s.url} source={s} />
        ))}
      </p>
      {partner.relationsEstablished && (
        <p className="established">
          Diplomatic relations since{' '}
          <time dateTime={partner.relationsEstablished.date}>{formatDate(partner.relationsEstablished.date)}</time>:{' '}
          {partner.relationsEstablished.text} <SourceLink source={partner.relationsEstablished.source} />
        </p>
      )}
      {partner.noDiplomaticRelations && <p className="established">No diplomatic relations have been established yet.</p>}
      {bloc && (
        <p className="established">
          {partner.name} is a member of the{' '}
          <button type="button" className="link-button" onClick={() => onSelect(selectionForPartner(bloc))}>
            {bloc.name}
          </button>
          , which has its own entry.
        </p>
      )}

      <AfterFirstPaint itemKey={partner.id}>
        <h3>How the relationship has been classed</h3>
        <PeriodList periods={periods} kinds={kinds} />
        <StrainList strains={strains} current={currentStrains} />

        {partner.treaties.length > 0 && (
          <>
            <h3>Key treaties and agreements</h3>
            <FactList facts={partner.treaties} label="Treaties and agreements" />
          </>
        )}
        <h3>Tensions</h3>
        {partner.tensions.length > 0 ? <FactList facts={partner.tensions} label="Tensions" /> : <p>None recorded in our sources.</p>}

        <RelatedLists
          routes={routes}
          organisations={organisations}
          organisationsHeading={`Organisations shared with ${focusName}`}
          onSelect={onSelect}
        />
        {partner.members && (
          <details className="members">
            <summary>Member states ({partner.members.length})</summary>
            <p>{partner.members.map(countryName).sort().join(', ')}</p>
          </details>
        )}
        <p className="capital">
          Link drawn to {partner.capital.name} ({partner.capital.lat.toFixed(2)}, {partner.capital.lng.toFixed(2)}).{' '}
          <SourceLink source={partner.capital.source} />
        </p>
      </AfterFirstPaint>
    </DetailPanel>
  );
}
