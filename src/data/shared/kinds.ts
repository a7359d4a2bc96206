import type { RelationKind } from '../schema';

/**
 * The four relationship kinds, as the data uses them: each non-baseline period names the dated
 * document or act that makes it that kind (EVIDENCE_FOR_KIND in ../schema.ts).
 * The same for every focus country; a pack may add a sentence about its own partners.
 */
export const kinds: RelationKind[] = [
  {
    id: 'alliance',
    label: 'Alliance',
    definition: 'A signed treaty or declaration of alliance (allied relations or allied interaction) is in force between the two states.',
  },
  {
    id: 'strategic',
    label: 'Strategic partnership',
    definition: 'The two states have signed a strategic-partnership declaration, charter or agreement, but no alliance document.',
  },
  {
    id: 'cooperative',
    label: 'Cooperative',
    definition: 'Diplomatic relations and ordinary cooperation, with no signed alliance or strategic-partnership document between the two.',
  },
  {
    id: 'adversarial',
    label: 'Adversarial',
    definition: 'War, or no diplomatic relations.',
  },
];
