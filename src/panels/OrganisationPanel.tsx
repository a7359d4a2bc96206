import type { Organisation } from '../data/schema';
import type { Selection } from '../state/view-state';
import { isMemberIn } from '../state/selectors';
import { compareText } from '../lib/compare';
import { CountryButtons } from './CountryButtons';
import { DetailPanel } from './DetailPanel';
import { SourceLink } from './SourceLink';
import { formatDate } from './format';

interface OrganisationPanelProps {
  org: Organisation;
  year: number | null;
  countryName: (id: string) => string;
  onSelect: (sel: Selection) => void;
  onClose: () => void;
}

/** An organisation: its purpose, when Azerbaijan joined, and who else is in it. */
export function OrganisationPanel({ org, year, countryName, onSelect, onClose }: OrganisationPanelProps) {
  const members = [...org.members].sort((a, b) => compareText(countryName(a), countryName(b)));
  return (
    <DetailPanel itemKey={`org:${org.id}`} title={org.name} eyebrow={`Organisation · ${org.shortName}`} asOf={org.asOf} onClose={onClose}>
      <p className="summary">{org.purpose}</p>
      {!isMemberIn(org, year) && <p className="kind-section">In {year}, Azerbaijan was not a member, so no members are highlighted.</p>}
      <p>
        Azerbaijan joined on <time dateTime={org.joined.date}>{formatDate(org.joined.date)}</time>: {org.joined.text}{' '}
        <SourceLink source={org.joined.source} />
      </p>
      {org.left && (
        <p>
          Left on <time dateTime={org.left.date}>{formatDate(org.left.date)}</time>: {org.left.text} <SourceLink source={org.left.source} />
        </p>
      )}
      <h3>
        Members ({members.length}) <SourceLink source={org.membersSource} />
      </h3>
      <p className="legend-note">Current members; they are highlighted on the map.</p>
      <CountryButtons ids={members} countryName={countryName} onSelect={onSelect} className="member-list" />
    </DetailPanel>
  );
}
