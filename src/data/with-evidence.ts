import type { DatedFact, FactRef, Partner, PartnerCore, PartnerDetails, RelationPeriod, RelationPeriodCore } from './schema';

type Evidence = Readonly<Record<string, DatedFact>>;

const look = (evidence: Evidence, ref: FactRef): DatedFact | undefined => (Object.hasOwn(evidence, ref) ? evidence[ref] : undefined);
const all = (evidence: Evidence, refs: readonly FactRef[]) => refs.flatMap((ref) => look(evidence, ref) ?? []);

function periodWithEvidence({ establishing, supporting, ...period }: RelationPeriodCore, evidence: Evidence): RelationPeriod {
  const fact = establishing && look(evidence, establishing.ref);
  const facts = all(evidence, supporting);
  return fact ? { ...period, establishing: { ...fact, type: establishing.type }, supporting: facts } : { ...period, supporting: facts };
}

/**
 * A partner as its panel shows it: its map half, with every fact it names by key looked up in
 * the pack's evidence, and its details. A key with no fact is left out rather than breaking the
 * panel (the data tests make sure there is none).
 */
export function withEvidence(core: PartnerCore, details: PartnerDetails, evidence: Evidence): Partner {
  const { relationsEstablished, ...rest } = core;
  const since = relationsEstablished && look(evidence, relationsEstablished.ref);
  const partner: Partner = {
    ...rest,
    ...details,
    periods: core.periods.map((p) => periodWithEvidence(p, evidence)),
    strains: core.strains.map((s) => ({ ...s, evidence: all(evidence, s.evidence) })),
  };
  return since ? { ...partner, relationsEstablished: since } : partner;
}
