// Words printed on the maps that are not data: legend wording and the annotations of the force PROPOSALS.
// Names, counts, dates and areas are never written here — the model fills them in from src/data and src/lib/geo.
// Each string is checked against the fact sheet (shared/research/facts.md, section in the comment).

export interface MapCopy {
  members: { headline: (n: number) => string; sub: (states: number) => string; beyond: string; legend: string; ukraine: string };
  paris: { present: string; notConfirmed: string; place: string };
  endorsement: { endorsed: string; reservations: string };
  outside: { usa: string; russia: string; euNonMembers: string };
  occupied: { legend: string; credit: string };
  control: { legend: string; label: (date: string, km2: string, share: string) => string; lowQuality: string; baseline: string };
  contactLine: { legend: string; band: string };
  hubs: { legend: string; label: string };
  neighbours: { legend: string; logistics: string; label: string };
  blackSea: { sea: string; label: string; legend: (name: string) => string };
  air: { title: string; items: { iso3: string; text: string }[] };
  monitoring: { legend: string; label: string; quote: string };
  annexed: { y2014: string; y2022: string };
  donbas: { legend: (names: string[]) => string };
  held: { legend: string; label: (km2: string, share: string) => string };
  dmz: { legend: string; label: string };
  greenland: { label: string; signatories: (n: number) => string; nordic: (n: number) => string };
  dateFormat: Intl.DateTimeFormatOptions;
  /** Locale for dates and numbers (British usage: "31 Jan 2026"). */
  locale: string;
  seas: { black: string; azov: string };
  tables: {
    members: { caption: (n: number) => string; country: string; group: string; paris: string; endorsement: string; confidence: string };
    groups: Record<string, string>;
    parisValues: Record<string, string>;
    endorsementValues: Record<string, string>;
    confidence: Record<string, string>;
    control: { caption: string; date: string; km2: string; share: string; note: string; source: string };
    claims: { caption: string; name: string; claimed: string; demanded: string; yes: string; no: string; never: string };
    held: { caption: string; what: string; km2: string; share: string };
    statements: { caption: string; statement: string; date: string; signatories: string };
  };
}

const en: MapCopy = {
  members: {
    // §1.1–1.2: 34 states + Ukraine = 35, a reconstruction (no official list).
    headline: (n) => `${n}`,
    sub: (states) => `countries in the coalition:\n${states} states and Ukraine`,
    beyond: 'Members outside Europe',
    legend: 'Coalition member',
    ukraine: 'Ukraine',
  },
  // §1.3
  paris: { present: 'In Paris on 6 Jan 2026', notConfirmed: 'Attendance not confirmed', place: 'Paris' },
  // §1.3 endorsement caveat: Czechia's reservations on points 2–4.
  endorsement: { endorsed: 'Endorsed the Declaration', reservations: 'Reservations' },
  // §1.2, §4: the US is not a member and did not sign.
  outside: { usa: 'United States: not a member, did not sign', russia: 'Russia', euNonMembers: 'Not members' },
  occupied: { legend: 'Occupied by Russia', credit: 'Control: DeepStateMap.Live' },
  control: {
    legend: 'Occupied by Russia',
    label: (date, km2, share) => `${date}: ${km2} km² (${share} of Ukraine)`,
    lowQuality: 'early snapshot, drawn incompletely',
    baseline: 'before the full-scale invasion',
  },
  // §2.1 Élysée: force "en retrait de la ligne de contact".
  contactLine: { legend: 'Line of contact (derived)', band: 'Force would be set back from the line' },
  // §2.2: hubs "across Ukraine"; locations were not published.
  hubs: { legend: 'Ukrainian-held territory', label: 'UK–France "military hubs" across Ukraine: locations not published' },
  // §3 Germany, Poland, Romania.
  neighbours: {
    legend: 'NATO territory next to Ukraine',
    logistics: 'Logistics (Poland, Romania)',
    label: 'Germany: forces could be based on neighbouring NATO territory',
  },
  // §2.3, §3 Türkiye.
  blackSea: { sea: 'Black Sea', label: 'Türkiye would lead the naval element', legend: (name) => `${name}: naval lead` },
  // §2.3, §3 Sweden, Belgium.
  air: {
    title: 'In the air',
    items: [
      { iso3: 'SWE', text: 'Gripen air surveillance' },
      { iso3: 'BEL', text: 'air and naval capabilities' },
    ],
  },
  // §2.3 monitoring (FT via several copies).
  monitoring: {
    legend: 'Monitored line',
    label: 'US-led monitoring by drones and satellites, no soldiers on the line',
    quote: '"A 1,400-kilometer line": Élysée spokesman',
  },
  // §5.1
  annexed: { y2014: 'Annexed 2014', y2022: 'Claimed 2022' },
  // §5.2
  donbas: { legend: (names) => `${names.join(' and ')}: Moscow demands all` },
  // §5.4: computed here from the control data, compare with the published range.
  held: {
    legend: 'Held by Ukraine',
    label: (km2, share) => `Held by Ukraine: ${km2} km² (${share} of Donetsk oblast)`,
  },
  // §5.5: US "free economic zone" / Russian "demilitarised zone" idea, not agreed.
  dmz: { legend: 'Proposed zone (idea)', label: 'Proposed demilitarised or "free economic" zone: an idea, not an agreement' },
  // §7
  greenland: {
    label: 'Greenland (Denmark)',
    signatories: (n) => `${n} leaders' statement`,
    nordic: (n) => `${n} Nordic foreign ministers`,
  },
  dateFormat: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  locale: 'en-GB',
  seas: { black: 'Black Sea', azov: 'Sea of Azov' },
  tables: {
    members: {
      caption: (n) => `The ${n} members of the Coalition of the Willing (reconstructed from attendance lists; there is no official list)`,
      country: 'Country',
      group: 'Group',
      paris: 'In Paris, 6 Jan 2026',
      endorsement: 'Declaration of Paris',
      confidence: 'Confidence',
    },
    groups: { eu: 'EU member', 'europe-non-eu': 'Europe, outside the EU', 'beyond-europe': 'Outside Europe', ukraine: 'Ukraine', outside: 'Not a member' },
    parisValues: { present: 'Present', 'not-confirmed': 'Not confirmed', absent: 'Absent', 'us-delegation': 'US delegation' },
    endorsementValues: { endorsed: 'Endorsed', reservations: 'Reservations', 'not-a-party': 'Not a party', unknown: 'Unknown' },
    confidence: {
      confirmed: 'Confirmed (2+ sources)',
      'single-source': 'Single source',
      conflicting: 'Sources conflict',
      'low-reliability': 'Low-reliability source',
    },
    control: {
      caption: 'Area of Ukraine occupied by Russia at each snapshot (computed from DeepStateMap.Live polygons)',
      date: 'Date',
      km2: 'Occupied, km² (rounded to 100)',
      share: 'Share of Ukraine',
      note: 'Quality note',
      source: 'Source',
    },
    claims: {
      caption: "Russia's claims and current demands, by region of Ukraine",
      name: 'Region',
      claimed: 'Claimed annexed',
      demanded: 'Demanded now',
      yes: 'Yes',
      no: 'No',
      never: '–',
    },
    held: { caption: 'The part of Donetsk oblast Ukraine holds (computed)', what: 'Snapshot', km2: 'Area, km²', share: 'Share of the oblast' },
    statements: { caption: 'Statements on Greenland, 6 January 2026', statement: 'Statement', date: 'Date', signatories: 'Signatories' },
  },
};

const COPY: Record<string, MapCopy> = { en };

/** Copy for a language; falls back to English (the only edition so far). */
export function mapCopy(lang: string): MapCopy {
  return COPY[lang] ?? COPY[lang.split('-')[0]!] ?? en;
}
