import type { Organisation } from '../data/schema';
import type { Selection } from '../state/view-state';
import { isMemberIn } from '../state/selectors';
import { compareText } from '../lib/compare';
import { ORG_STATUS_LABEL } from '../style/labels';
import { ConfidenceNote } from './ConfidenceNote';
import { CountryButtons } from './CountryButtons';
import { AfterFirstPaint } from './AfterFirstPaint';
import { DetailPanel } from './DetailPanel';
import { FactList } from './FactList';
import { SourceLink } from './SourceLink';
import { formatDate } from './format';

interface OrganisationPanelProps {
  org: Organisation;
  focusName: string;
  year: number | null;
  countryName: (id: string) => string;
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

/** An organisation: its purpose, the focus country's standing and dates, and who else is in it. */
export function OrganisationPanel({ org, focusName, year, countryName, onSelect, onClose }: OrganisationPanelProps) {
  const byName = (ids: readonly string[]) => [...ids].sort((a, b) => compareText(countryName(a), countryName(b)));
  const members = byName(org.members);
  const partners = byName(org.partners ?? []);
  const standing = ORG_STATUS_LABEL[org.status].toLowerCase();
  return (
    <DetailPanel itemKey={`org:${org.id}`} title={org.name} eyebrow={`Organisation · ${org.shortName}`} asOf={org.asOf} onClose={onClose}>
      <p className="summary">{org.purpose}</p>
      <p className="kind-section">
        <strong>
          {focusName}’s standing: {standing}
        </strong>
        {org.left && ' (no longer)'}
      </p>
      {!isMemberIn(org, year) && (
        <p className="kind-section">
          {year === null ? `Today ${focusName} is not in it` : `In ${year}, ${focusName} was not in it`}, so no members are highlighted.
        </p>
      )}
      <p>
        {org.status === 'member' ? 'Joined' : `Became ${standing}`} on <time dateTime={org.joined.date}>{formatDate(org.joined.date)}</time>
        : {org.joined.text} <SourceLink source={org.joined.source} />{' '}
        <ConfidenceNote confidence={org.joined.confidence} note={org.joined.note} />
      </p>
      {org.left && (
        <p>
          Left on <time dateTime={org.left.date}>{formatDate(org.left.date)}</time>: {org.left.text} <SourceLink source={org.left.source} />
        </p>
      )}
      {org.milestones && org.milestones.length > 0 && (
        <>
          <h3>Other steps</h3>
          <FactList facts={org.milestones} label={`${focusName} and the ${org.shortName}: other steps`} />
        </>
      )}
      <AfterFirstPaint itemKey={org.id}>
        <h3>
          Members ({members.length}) <SourceLink source={org.membersSource} />
        </h3>
        <p className="legend-note">Current full members; they are highlighted on the map.</p>
        <CountryButtons ids={members} countryName={countryName} onSelect={onSelect} className="member-list" />
        {partners.length > 0 && (
          <>
            <h3>Partners and observers ({partners.length})</h3>
            <p className="legend-note">Countries with a partner-type standing; lightly highlighted, with a dashed border.</p>
            <CountryButtons ids={partners} countryName={countryName} onSelect={onSelect} className="member-list" />
          </>
        )}
      </AfterFirstPaint>
    </DetailPanel>
  );
}
