import { z } from 'zod';
import { ISO3_PATTERN, SLUG_PATTERN } from './ids';

/**
 * The schema of a focus country's dataset. Every fact shown on screen is one of the
 * `Sourced*` shapes below, so nothing can reach a panel without a source URL and a date.
 */

/** A calendar date, as precise as the source: `1992`, `1992-03` or `1992-03-12`. */
export const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const countryId = z.string().regex(ISO3_PATTERN, 'expected an ISO 3166-1 alpha-3 code');
export const blocId = z.literal('EU');
export const partnerId = z.union([countryId, blocId]);
export const slug = z.string().regex(SLUG_PATTERN, 'expected a lower-case slug');

/**
 * A page that states a fact. Who published it comes from the publisher registry
 * (./publishers.ts), by host, so each publisher is a deliberate, reviewed choice.
 */
export const source = z.object({
  url: z.url({ protocol: /^https?$/ }),
});

/**
 * How sure the dataset is of a fact, when it is less than usual: one source only (or a weak
 * one), or sources that disagree. Shown on screen beside the fact.
 */
export const confidence = z.enum(['single-source', 'disputed']);

/** A dated statement in our own words, with the page that backs it. */
export const datedFact = z.object({
  date: isoDate,
  text: z.string().min(1),
  source,
  confidence: confidence.optional(),
  /** Why it is single-source or disputed, or what the other sources say. */
  note: z.string().min(1).optional(),
});

/** A number with its unit and source, for capacities, lengths and the like. */
export const sourcedValue = z.object({
  value: z.number(),
  unit: z.string().min(1),
  note: z.string().optional(),
  asOf: isoDate,
  source,
});

/**
 * Relationship kinds. `cooperative` is the baseline: relations without an alliance or a
 * strategic-partnership document. The others each rest on a dated establishing document.
 */
export const relationKindId = z.enum(['alliance', 'strategic', 'cooperative', 'adversarial']);
export const BASELINE_KIND = 'cooperative' satisfies z.infer<typeof relationKindId>;
export const dimension = z.enum(['energy', 'transport', 'security', 'trade', 'diplomacy']);
export const orgId = z.enum([
  'un',
  'osce',
  'cis',
  'ots',
  'guam',
  'nam',
  'oic',
  'coe',
  'bsec',
  'eco',
  'd8',
  'nato-pfp',
  'eap',
  'sco',
  'cst',
]);
/** The focus country's standing in an organisation. */
export const orgStatus = z.enum(['member', 'partner', 'observer', 'dialogue-partner']);

/**
 * What kind of document or act establishes a relationship kind. Each kind accepts only some
 * (EVIDENCE_FOR_KIND); an embassy, a membership, an energy deal or a visit establishes none.
 */
export const evidenceType = z.enum([
  'alliance-treaty',
  'alliance-declaration',
  'strategic-partnership',
  'war',
  'no-relations',
  'relations-established',
]);
export const EVIDENCE_FOR_KIND: Readonly<Record<z.infer<typeof relationKindId>, readonly z.infer<typeof evidenceType>[]>> = {
  alliance: ['alliance-treaty', 'alliance-declaration'],
  strategic: ['strategic-partnership'],
  adversarial: ['war', 'no-relations'],
  cooperative: ['relations-established'],
};
export const routeId = z.enum(['btc', 'scp', 'tanap', 'tap', 'igb', 'btk', 'bnp', 'wrep', 'instc', 'middle-corridor', 'tcgp', 'zangezur']);
export const routeType = z.enum(['oil', 'gas', 'rail', 'corridor']);
export const routeStatus = z.enum(['operational', 'idle', 'under-construction', 'planned', 'proposed']);

export const relationKind = z.object({
  id: relationKindId,
  label: z.string().min(1),
  /** One sentence, shown in the legend and the panel. */
  definition: z.string().min(1),
});

export const place = z.object({
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  source,
});

/** The dated document or act that makes a period the kind it is. */
export const establishingEvidence = datedFact.extend({ type: evidenceType });

/**
 * A fact named by its key in the pack's evidence (./packs/<iso3>/evidence.ts), which loads with
 * the panels: the map needs to know that a fact backs a period, not its text.
 */
export const factRef = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an evidence key such as RUS_2008_08_07');

/**
 * A span of time during which a partner's relationship had one kind. `to` absent = still so.
 * It starts on or after its establishing evidence; only the baseline kind may have none.
 */
export const relationPeriod = z.object({
  from: isoDate,
  to: isoDate.optional(),
  kind: relationKindId,
  establishing: z.object({ type: evidenceType, ref: factRef }).optional(),
  /** Other dated facts that show what the period was like. */
  supporting: z.array(factRef),
});

/**
 * A dated period of tension, on top of whatever kind is in force (Russia's alliance declaration
 * stays in force through the crisis that began in December 2024). `to` absent = still so.
 */
export const strain = z.object({
  from: isoDate,
  to: isoDate.optional(),
  /** A few words, e.g. "Crisis after the AZAL crash". */
  label: z.string().min(1),
  evidence: z.array(factRef).min(1),
});

/** What the map, list, search and timeline need of a partner (loaded with the first view). */
export const partnerCore = z.object({
  id: partnerId,
  /** The name the country uses today, e.g. "Türkiye". */
  name: z.string().min(1),
  /** Other names readers search for, e.g. ["Turkey"]. */
  altNames: z.array(z.string()),
  /** For a bloc: its member countries. */
  members: z.array(countryId).optional(),
  /** True when the two states have never established diplomatic relations (Armenia). */
  noDiplomaticRelations: z.literal(true).optional(),
  dimensions: z.array(dimension).min(1),
  periods: z.array(relationPeriod).min(1),
  strains: z.array(strain),
  /** When diplomatic relations were established (the date, and the fact that says so); absent when no date is sourced. */
  relationsEstablished: z.object({ date: isoDate, ref: factRef }).optional(),
  capital: place,
});

/** The rest of a partner's panel, loaded with the detail panels. */
export const partnerDetails = z.object({
  /** 2–4 sentences in our own words. */
  summary: z.string().min(1),
  summarySources: z.array(source).min(1),
  /** Key facts and treaties, shown as a dated timeline. */
  treaties: z.array(datedFact),
  tensions: z.array(datedFact),
  asOf: isoDate,
});

/** A partner as its panel shows it: the map's half with its evidence looked up, and its details. */
export const partner = partnerCore.extend({
  ...partnerDetails.shape,
  periods: z.array(relationPeriod.extend({ establishing: establishingEvidence.optional(), supporting: z.array(datedFact) })).min(1),
  strains: z.array(strain.extend({ evidence: z.array(datedFact).min(1) })),
  relationsEstablished: datedFact.optional(),
});

/** An organisation as every pack shares it: what it is and who is in it. */
export const organisationBase = z.object({
  id: orgId,
  name: z.string().min(1),
  shortName: z.string().min(1),
  altNames: z.array(z.string()),
  purpose: z.string().min(1),
  /** Current full members (ISO alpha-3). */
  members: z.array(countryId).min(1),
  /** Countries with a partner-type standing (partners, observers, dialogue partners), where listed. */
  partners: z.array(countryId).optional(),
  /** Where the member list comes from. */
  membersSource: source,
  asOf: isoDate,
});

/** A focus country's standing in an organisation: written in its pack. */
export const orgStanding = z.object({
  id: orgId,
  status: orgStatus,
  /** When the focus country took that standing. */
  joined: datedFact,
  /** The focus country's departure, if it left. */
  left: datedFact.optional(),
  /** Other dated steps in the focus country's standing (a summit's promise of membership). */
  milestones: z.array(datedFact).optional(),
});

export const organisation = organisationBase.extend(orgStanding.shape);

export const routeLength = z.object({
  totalKm: z.number().positive(),
  /** Official length per country (alpha-3 → km), where published. */
  byCountry: z.record(countryId, z.number().nonnegative()).optional(),
  source,
  asOf: isoDate,
  /** Other published figures, each with its source, where sources disagree. */
  alternatives: z.array(z.object({ totalKm: z.number().positive(), source, note: z.string().optional() })),
});

/** What the map, list, search and timeline need of a route (loaded with the first view). */
export const routeCore = z.object({
  id: routeId,
  name: z.string().min(1),
  shortName: z.string().min(1),
  altNames: z.array(z.string()),
  type: routeType,
  status: routeStatus,
  /** Construction start (for the timeline); absent for routes never begun. */
  constructionStarted: datedFact.optional(),
  opened: datedFact.optional(),
  /** For an idle route, the year (or date) it fell idle; its evidence is the panel's status note. */
  idleSince: isoDate.optional(),
  /** The countries the route crosses, in order from start to end. */
  countries: z.array(countryId).min(1),
});

/** The rest of a route's panel, loaded with the detail panels. */
export const routeDetails = z.object({
  statusNote: datedFact,
  operator: z.object({ text: z.string().min(1), asOf: isoDate, source }),
  shareholders: z.object({ text: z.string().min(1), asOf: isoDate, source }).optional(),
  milestones: z.array(datedFact),
  capacity: z.array(sourcedValue),
  length: routeLength.optional(),
  start: place,
  end: place,
  summary: z.string().min(1),
  asOf: isoDate,
  /** What the route means to the focus country, from its pack (its share, its role). */
  focusNotes: z.array(datedFact).optional(),
});

export const route = routeCore.extend(routeDetails.shape);

export const routeGroup = z.object({
  id: slug,
  name: z.string().min(1),
  altNames: z.array(z.string()),
  routes: z.array(routeId).min(2),
});

export const timelineEvent = z.object({
  date: isoDate,
  text: z.string().min(1),
  source,
  /** What the event concerns, as URL selections: "country:TUR", "route:btc", "org:cis", "bloc:EU". */
  refs: z.array(z.string().regex(/^(country:[A-Z]{3}|bloc:EU|route:[a-z-]+|org:[a-z0-9-]+)$/)),
  confidence: confidence.optional(),
  note: z.string().min(1).optional(),
});

/** A place standing in for a country (or exclave) too small to hit at world zoom. */
export const smallPlace = z.object({ countryId, place });

/** A map view as bounds: [[south, west], [north, east]]. */
export const mapBounds = z.tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])]);

export const focusDataset = z.object({
  /** The date the dataset as a whole was last reviewed; each fact also keeps its own date. */
  asOf: isoDate,
  focus: z.object({ id: countryId, name: z.string().min(1), capital: place }),
  /** The page’s title and main heading, e.g. "<the focus country>’s foreign relations". */
  title: z.string().min(1),
  /** One line under the heading, and the page's description. */
  tagline: z.string().min(1),
  /** The first view: on wide screens, and on a phone held upright. */
  views: z.object({ wide: mapBounds, phone: mapBounds }),
  /** Markers shown at world zoom so that small states and exclaves stay easy to click or tap. */
  smallPlaces: z.array(smallPlace),
  kinds: z.array(relationKind).length(4),
  partners: z.array(partnerCore).min(1),
  organisations: z.array(organisation),
  /** The routes this focus country's map shows, in display order. */
  routes: z.array(routeCore),
  routeGroups: z.array(routeGroup),
  /** Route (or group) ids shown when the URL has no `layers` key. */
  defaultLayers: z.array(slug).min(1),
});

export type IsoDate = z.infer<typeof isoDate>;
export type Source = z.infer<typeof source>;
export type DatedFact = z.infer<typeof datedFact>;
export type SourcedValue = z.infer<typeof sourcedValue>;
export type RelationKindId = z.infer<typeof relationKindId>;
export type Dimension = z.infer<typeof dimension>;
export type OrgId = z.infer<typeof orgId>;
export type RouteId = z.infer<typeof routeId>;
export type RouteType = z.infer<typeof routeType>;
export type RouteStatus = z.infer<typeof routeStatus>;
export type RelationKind = z.infer<typeof relationKind>;
export type Place = z.infer<typeof place>;
export type RelationPeriodCore = z.infer<typeof relationPeriod>;
export type FactRef = z.infer<typeof factRef>;
export type EstablishingEvidence = z.infer<typeof establishingEvidence>;
export type EvidenceType = z.infer<typeof evidenceType>;
export type OrgStatus = z.infer<typeof orgStatus>;
export type Confidence = z.infer<typeof confidence>;
export type PartnerCore = z.infer<typeof partnerCore>;
export type PartnerDetails = z.infer<typeof partnerDetails>;
export type Partner = z.infer<typeof partner>;
/** A period with its evidence looked up, as the panels show it. */
export type RelationPeriod = Partner['periods'][number];
export type Strain = Partner['strains'][number];
export type Organisation = z.infer<typeof organisation>;
export type OrganisationBase = z.infer<typeof organisationBase>;
export type OrgStanding = z.infer<typeof orgStanding>;
export type MapBounds = z.infer<typeof mapBounds>;
export type RouteCore = z.infer<typeof routeCore>;
export type RouteDetails = z.infer<typeof routeDetails>;
export type Route = z.infer<typeof route>;
export type RouteGroup = z.infer<typeof routeGroup>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type SmallPlace = z.infer<typeof smallPlace>;
export type FocusDataset = z.infer<typeof focusDataset>;

/** The detail half of a focus dataset, keyed by id. */
export interface FocusDetails {
  partners: Readonly<Record<string, PartnerDetails>>;
  routes: Readonly<Record<string, RouteDetails>>;
  /** The facts the partners name by key (FactRef). */
  evidence: Readonly<Record<string, DatedFact>>;
}

/**
 * A focus country's data as the app receives it: what the first view needs, and loaders for
 * what later views need (the panels' details, the timeline's events).
 */
export interface FocusPack {
  dataset: FocusDataset;
  loadDetails: () => Promise<FocusDetails>;
  loadEvents: () => Promise<readonly TimelineEvent[]>;
}
