import type { RelationKind } from '../schema';

export const kinds: RelationKind[] = [
  {
    id: 'alliance',
    label: 'Alliance',
    definition: 'A signed treaty or declaration commits both states to allied relations, beyond ordinary partnership.',
  },
  {
    id: 'strategic',
    label: 'Strategic partnership',
    definition: 'Close, lasting cooperation on core interests such as energy, transport or diplomacy, without an alliance commitment.',
  },
  {
    id: 'pragmatic',
    label: 'Pragmatic / balanced',
    definition: 'Cooperation where interests meet, kept at arm’s length and strained by recurring disputes.',
  },
  {
    id: 'adversarial',
    label: 'Adversarial / peace process',
    definition: 'Open conflict without diplomatic relations, now moving towards a peace treaty that is not yet signed.',
  },
];
