// Words printed on the maps that are not data: legend wording and the annotations of the force PROPOSALS, per
// language edition (en, fr, uk). Names, counts, dates and areas are never written here — the model fills them
// in from src/data and src/lib/geo. Each string is checked against the fact sheet (shared/research/facts.md,
// section in the comment).

export interface MapCopy {
  /** Locale for dates and numbers (British usage for English: "31 Jan 2026"). */
  locale: string;
  dateFormat: Intl.DateTimeFormatOptions;
  /** Joins names in a list ("A and B"). */
  and: string;
  members: {
    /** Headline text next to the member count; `\n` breaks the line. */
    sub: (n: number, states: number) => string;
    beyond: string;
    legend: string;
  };
  paris: { present: string; notConfirmed: string; place: string };
  endorsement: { endorsed: string; reservations: string };
  outside: { usa: (name: string) => string; nonMembers: string };
  occupied: { legend: string; credit: string };
  control: { label: (date: string, km2: string, share: string) => string; lowQuality: string; baseline: string };
  contactLine: { legend: string; band: string };
  hubs: { legend: string; label: string };
  neighbours: { legend: string; logistics: (names: string) => string; label: (germany: string) => string };
  blackSea: { sea: string; label: (name: string) => string; legend: (name: string) => string };
  air: { title: string; items: { iso3: string; text: string }[] };
  monitoring: { legend: string; label: string; quote: string };
  annexed: { y2014: string; y2022: string };
  donbas: { legend: (names: string) => string };
  held: { legend: string; label: (km2: string, share: string) => string };
  dmz: { legend: string; label: string };
  greenland: { label: string; signatories: (n: number) => string; nordic: (n: number) => string };
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

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };

const en: MapCopy = {
  locale: 'en-GB',
  dateFormat: DATE,
  and: 'and',
  // §1.1–1.2: 34 states + Ukraine = 35, a reconstruction (no official list).
  members: {
    sub: (_n, states) => `countries in the coalition:\n${states} states and Ukraine`,
    beyond: 'Members outside Europe',
    legend: 'Coalition member',
  },
  // §1.3
  paris: { present: 'In Paris on 6 Jan 2026', notConfirmed: 'Attendance not confirmed', place: 'Paris' },
  // §1.3 endorsement caveat: Czechia's reservations on points 2–4.
  endorsement: { endorsed: 'Endorsed the Declaration', reservations: 'Reservations' },
  // §1.2, §4: the US is not a member and did not sign.
  outside: { usa: (name) => `${name}: not a member, did not sign`, nonMembers: 'Not members' },
  occupied: { legend: 'Occupied by Russia', credit: 'Control: DeepStateMap.Live' },
  control: {
    label: (date, km2, share) => `${date}: ${km2}\u00a0km² (${share} of Ukraine)`,
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
    logistics: (names) => `Logistics (${names})`,
    label: (germany) => `${germany}: forces could be based on neighbouring NATO territory`,
  },
  // §2.3, §3 Türkiye.
  blackSea: { sea: 'Black Sea', label: (name) => `${name} would lead the naval element`, legend: (name) => `${name}: naval lead` },
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
  donbas: { legend: (names) => `${names}: Moscow demands all` },
  // §5.4: computed here from the control data, compare with the published range.
  held: { legend: 'Held by Ukraine', label: (km2, share) => `Held by Ukraine: ${km2}\u00a0km² (${share} of Donetsk oblast)` },
  // §5.5: US "free economic zone" / Russian "demilitarised zone" idea, not agreed.
  dmz: { legend: 'Proposed zone (idea)', label: 'Proposed demilitarised or "free economic" zone: an idea, not an agreement' },
  // §7
  greenland: {
    label: 'Greenland (Denmark)',
    signatories: (n) => `${n} leaders' statement`,
    nordic: (n) => `${n} Nordic foreign ministers`,
  },
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

const fr: MapCopy = {
  locale: 'fr',
  dateFormat: DATE,
  and: 'et',
  members: {
    sub: (_n, states) => `pays dans la coalition :\n${states} États et l’Ukraine`,
    beyond: 'Membres hors d’Europe',
    legend: 'Membre de la coalition',
  },
  paris: { present: 'À Paris le 6 janv. 2026', notConfirmed: 'Présence non confirmée', place: 'Paris' },
  endorsement: { endorsed: 'A approuvé la déclaration', reservations: 'Réserves' },
  outside: { usa: (name) => `${name} : pas membre, n’a pas signé`, nonMembers: 'Non-membres' },
  occupied: { legend: 'Occupé par la Russie', credit: 'Contrôle : DeepStateMap.Live' },
  control: {
    label: (date, km2, share) => `${date} : ${km2}\u00a0km² (${share} de l’Ukraine)`,
    lowQuality: 'instantané précoce, tracé incomplet',
    baseline: 'avant l’invasion à grande échelle',
  },
  contactLine: { legend: 'Ligne de contact (dérivée)', band: 'Force en retrait de la ligne' },
  hubs: { legend: 'Territoire tenu par l’Ukraine', label: '« Hubs militaires » franco-britanniques en Ukraine : emplacements non publiés' },
  neighbours: {
    legend: 'Territoire de l’Otan voisin de l’Ukraine',
    logistics: (names) => `Logistique (${names})`,
    label: (germany) => `${germany} : forces possibles sur le territoire de l’Otan voisin`,
  },
  blackSea: { sea: 'mer Noire', label: (name) => `${name} dirigerait la composante navale`, legend: (name) => `${name} : composante navale` },
  air: {
    title: 'Dans les airs',
    items: [
      { iso3: 'SWE', text: 'surveillance aérienne (Gripen)' },
      { iso3: 'BEL', text: 'moyens aériens et navals' },
    ],
  },
  monitoring: {
    legend: 'Ligne surveillée',
    label: 'Surveillance dirigée par les États-Unis, par drones et satellites, sans soldats sur la ligne',
    quote: '« Une ligne de 1 400 kilomètres » : porte-parole de l’Élysée',
  },
  annexed: { y2014: 'Annexé en 2014', y2022: 'Revendiqué en 2022' },
  donbas: { legend: (names) => `${names} : Moscou exige tout` },
  held: { legend: 'Tenu par l’Ukraine', label: (km2, share) => `Tenu par l’Ukraine : ${km2}\u00a0km² (${share} de l’oblast de Donetsk)` },
  dmz: { legend: 'Zone proposée (idée)', label: 'Zone démilitarisée ou « économique libre » proposée : une idée, pas un accord' },
  greenland: {
    label: 'Groenland (Danemark)',
    signatories: (n) => `Déclaration de ${n} dirigeants`,
    nordic: (n) => `${n} ministres nordiques des Affaires étrangères`,
  },
  seas: { black: 'mer Noire', azov: 'mer d’Azov' },
  tables: {
    members: {
      caption: (n) => `Les ${n} membres de la coalition des volontaires (reconstitués d’après les listes de participants\u202f; il n’existe pas de liste officielle)`,
      country: 'Pays',
      group: 'Groupe',
      paris: 'À Paris, 6 janv. 2026',
      endorsement: 'Déclaration de Paris',
      confidence: 'Fiabilité',
    },
    groups: { eu: 'Membre de l’UE', 'europe-non-eu': 'Europe, hors UE', 'beyond-europe': 'Hors d’Europe', ukraine: 'Ukraine', outside: 'Non membre' },
    parisValues: { present: 'Présent', 'not-confirmed': 'Non confirmé', absent: 'Absent', 'us-delegation': 'Délégation américaine' },
    endorsementValues: { endorsed: 'Approuvée', reservations: 'Réserves', 'not-a-party': 'Non partie', unknown: 'Inconnu' },
    confidence: {
      confirmed: 'Confirmé (2 sources ou plus)',
      'single-source': 'Source unique',
      conflicting: 'Sources contradictoires',
      'low-reliability': 'Source peu fiable',
    },
    control: {
      caption: 'Superficie de l’Ukraine occupée par la Russie à chaque relevé (calculée à partir des polygones de DeepStateMap.Live)',
      date: 'Date',
      km2: 'Surface occupée, km² (arrondie à la centaine)',
      share: 'Part de l’Ukraine',
      note: 'Note sur la qualité',
      source: 'Source',
    },
    claims: {
      caption: 'Revendications et exigences actuelles de la Russie, par région d’Ukraine',
      name: 'Région',
      claimed: 'Annexion proclamée',
      demanded: 'Exigée aujourd’hui',
      yes: 'Oui',
      no: 'Non',
      never: '–',
    },
    held: { caption: 'La partie de l’oblast de Donetsk tenue par l’Ukraine (calculée)', what: 'Relevé', km2: 'Superficie, km²', share: 'Part de l’oblast' },
    statements: { caption: 'Déclarations sur le Groenland, 6 janvier 2026', statement: 'Déclaration', date: 'Date', signatories: 'Signataires' },
  },
};

/** Ukrainian plural forms (one / few / many) picked by CLDR rules. */
function ukPlural(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules('uk').select(n);
  return form === 'one' ? one : form === 'few' ? few : many;
}

const uk: MapCopy = {
  locale: 'uk',
  dateFormat: DATE,
  and: 'і',
  members: {
    sub: (n, states) =>
      `${ukPlural(n, 'країна', 'країни', 'країн')} у коаліції:\n${states} ${ukPlural(states, 'держава', 'держави', 'держав')} та Україна`,
    beyond: 'Члени поза Європою',
    legend: 'Член коаліції',
  },
  paris: { present: 'У Парижі 6 січня 2026 р.', notConfirmed: 'Присутність не підтверджено', place: 'Париж' },
  endorsement: { endorsed: 'Схвалили декларацію', reservations: 'Із застереженнями' },
  outside: { usa: (name) => `${name}: не член коаліції, не підписали`, nonMembers: 'Не члени' },
  occupied: { legend: 'Окуповано Росією', credit: 'Контроль: DeepStateMap.Live' },
  control: {
    label: (date, km2, share) => `${date}: ${km2}\u00a0км² (${share} території України)`,
    lowQuality: 'ранній знімок, накреслений неповно',
    baseline: 'до повномасштабного вторгнення',
  },
  contactLine: { legend: 'Лінія зіткнення (розрахункова)', band: 'Сили — на відстані від лінії' },
  hubs: { legend: 'Підконтрольна Україні територія', label: 'Британсько-французькі «військові хаби» по всій Україні: місця не оприлюднено' },
  neighbours: {
    legend: 'Територія НАТО поруч з Україною',
    logistics: (names) => `Логістика (${names})`,
    label: (germany) => `${germany}: сили можуть базуватися на сусідній території НАТО`,
  },
  blackSea: { sea: 'Чорне море', label: (name) => `${name} очолила б морську складову`, legend: (name) => `${name}: морська складова` },
  air: {
    title: 'У повітрі',
    items: [
      { iso3: 'SWE', text: 'повітряне спостереження Gripen' },
      { iso3: 'BEL', text: 'повітряні та морські спроможності' },
    ],
  },
  monitoring: {
    legend: 'Лінія під моніторингом',
    label: 'Моніторинг під проводом США: дрони й супутники, без військових на лінії',
    quote: '«Лінія завдовжки 1400 кілометрів»: речник Єлисейського палацу',
  },
  annexed: { y2014: 'Анексовано 2014 р.', y2022: 'Проголошено анексію 2022 р.' },
  donbas: { legend: (names) => `${names}: Москва вимагає повністю` },
  held: { legend: 'Під контролем України', label: (km2, share) => `Під контролем України: ${km2}\u00a0км² (${share} Донецької області)` },
  dmz: { legend: 'Запропонована зона (ідея)', label: 'Запропонована демілітаризована чи «вільна економічна» зона: ідея, а не домовленість' },
  greenland: {
    label: 'Гренландія (Данія)',
    signatories: (n) => `Заява ${n} лідерів`,
    nordic: (n) => `${n} міністрів закордонних справ Північних країн`,
  },
  seas: { black: 'Чорне море', azov: 'Азовське море' },
  tables: {
    members: {
      caption: (n) => `${n} ${ukPlural(n, 'член', 'члени', 'членів')} «коаліції охочих» (відтворено за списками учасників; офіційного списку немає)`,
      country: 'Країна',
      group: 'Група',
      paris: 'У Парижі, 6 січня 2026 р.',
      endorsement: 'Паризька декларація',
      confidence: 'Надійність',
    },
    groups: { eu: 'Член ЄС', 'europe-non-eu': 'Європа, поза ЄС', 'beyond-europe': 'Поза Європою', ukraine: 'Україна', outside: 'Не член' },
    parisValues: { present: 'Присутні', 'not-confirmed': 'Не підтверджено', absent: 'Відсутні', 'us-delegation': 'Делегація США' },
    endorsementValues: { endorsed: 'Схвалили', reservations: 'Із застереженнями', 'not-a-party': 'Не сторона', unknown: 'Невідомо' },
    confidence: {
      confirmed: 'Підтверджено (2+ джерела)',
      'single-source': 'Одне джерело',
      conflicting: 'Джерела суперечать одне одному',
      'low-reliability': 'Джерело низької надійності',
    },
    control: {
      caption: 'Площа України, окупована Росією, на кожному зрізі (обчислено за полігонами DeepStateMap.Live)',
      date: 'Дата',
      km2: 'Окуповано, км² (округлено до 100)',
      share: 'Частка України',
      note: 'Примітка щодо якості',
      source: 'Джерело',
    },
    claims: {
      caption: 'Претензії та нинішні вимоги Росії за регіонами України',
      name: 'Регіон',
      claimed: 'Проголошено анексію',
      demanded: 'Вимагає зараз',
      yes: 'Так',
      no: 'Ні',
      never: '–',
    },
    held: { caption: 'Частина Донецької області під контролем України (обчислено)', what: 'Зріз', km2: 'Площа, км²', share: 'Частка області' },
    statements: { caption: 'Заяви щодо Гренландії, 6 січня 2026 р.', statement: 'Заява', date: 'Дата', signatories: 'Підписанти' },
  },
};

const COPY: Record<string, MapCopy> = { en, fr, uk };

/** Copy for a language edition; unknown languages fall back to English. */
export function mapCopy(lang: string): MapCopy {
  return COPY[lang] ?? COPY[lang.split('-')[0]!] ?? en;
}

/** ISO alpha-3 → alpha-2, for the countries the maps name (Intl.DisplayNames speaks alpha-2). */
const A2: Record<string, string> = {
  AUT: 'AT', BEL: 'BE', BGR: 'BG', HRV: 'HR', CYP: 'CY', CZE: 'CZ', DNK: 'DK', EST: 'EE', FIN: 'FI', FRA: 'FR',
  DEU: 'DE', GRC: 'GR', IRL: 'IE', ITA: 'IT', LVA: 'LV', LTU: 'LT', LUX: 'LU', NLD: 'NL', POL: 'PL', PRT: 'PT',
  ROU: 'RO', SVN: 'SI', ESP: 'ES', SWE: 'SE', GBR: 'GB', NOR: 'NO', ISL: 'IS', TUR: 'TR', ALB: 'AL', MNE: 'ME',
  CAN: 'CA', AUS: 'AU', NZL: 'NZ', JPN: 'JP', UKR: 'UA', USA: 'US', RUS: 'RU', SVK: 'SK', HUN: 'HU', MLT: 'MT',
  CHE: 'CH', BLR: 'BY', MDA: 'MD', GRL: 'GL',
};

/**
 * A country's name in an edition's language: the data's English name (content/data/actors.yaml) for English,
 * the CLDR name (Intl.DisplayNames, shipped with Node's full ICU) for the other editions, else the given name.
 */
export function countryName(lang: string, iso3: string, dataName: string): string {
  const copy = mapCopy(lang);
  if (copy === en) return dataName;
  const a2 = A2[iso3];
  if (!a2) return dataName;
  try {
    return new Intl.DisplayNames([copy.locale], { type: 'region' }).of(a2) ?? dataName;
  } catch {
    return dataName;
  }
}

/**
 * Ukraine's 27 units in French, by ISO 3166-2 code, in the press's established spellings (AFP/Le Monde house style,
 * as in the French story: Louhansk, Zaporijjia, Sébastopol, Crimée, Donbass; Tcherkassy, Soumy, Jytomyr…): `short`
 * is the name alone, as on the map and in running text ("Louhansk"); `full` names the unit as in a table
 * ("oblast de Louhansk"). English names come from content/data/territory.yaml `name`, Ukrainian from `nameUk`.
 */
const FR_UNITS: Record<string, { short: string; full: string }> = {
  'UA-05': { short: 'Vinnytsia', full: 'oblast de Vinnytsia' },
  'UA-07': { short: 'Volhynie', full: 'oblast de Volhynie' },
  'UA-09': { short: 'Louhansk', full: 'oblast de Louhansk' },
  'UA-12': { short: 'Dnipropetrovsk', full: 'oblast de Dnipropetrovsk' },
  'UA-14': { short: 'Donetsk', full: 'oblast de Donetsk' },
  'UA-18': { short: 'Jytomyr', full: 'oblast de Jytomyr' },
  'UA-21': { short: 'Transcarpatie', full: 'oblast de Transcarpatie' },
  'UA-23': { short: 'Zaporijjia', full: 'oblast de Zaporijjia' },
  'UA-26': { short: 'Ivano-Frankivsk', full: 'oblast d’Ivano-Frankivsk' },
  'UA-30': { short: 'Kiev', full: 'ville de Kiev' },
  'UA-32': { short: 'Kiev', full: 'oblast de Kiev' },
  'UA-35': { short: 'Kirovohrad', full: 'oblast de Kirovohrad' },
  'UA-40': { short: 'Sébastopol', full: 'Sébastopol' },
  'UA-43': { short: 'Crimée', full: 'République autonome de Crimée' },
  'UA-46': { short: 'Lviv', full: 'oblast de Lviv' },
  'UA-48': { short: 'Mykolaïv', full: 'oblast de Mykolaïv' },
  'UA-51': { short: 'Odessa', full: 'oblast d’Odessa' },
  'UA-53': { short: 'Poltava', full: 'oblast de Poltava' },
  'UA-56': { short: 'Rivne', full: 'oblast de Rivne' },
  'UA-59': { short: 'Soumy', full: 'oblast de Soumy' },
  'UA-61': { short: 'Ternopil', full: 'oblast de Ternopil' },
  'UA-63': { short: 'Kharkiv', full: 'oblast de Kharkiv' },
  'UA-65': { short: 'Kherson', full: 'oblast de Kherson' },
  'UA-68': { short: 'Khmelnytsky', full: 'oblast de Khmelnytsky' },
  'UA-71': { short: 'Tcherkassy', full: 'oblast de Tcherkassy' },
  'UA-74': { short: 'Tchernihiv', full: 'oblast de Tchernihiv' },
  'UA-77': { short: 'Tchernivtsi', full: 'oblast de Tchernivtsi' },
};

/** The name alone, without "Oblast" / "область" / "Autonomous Republic of" (map labels, running text). */
function shortUnitName(name: string): string {
  return name
    .replace(/\s+Oblast$/i, '')
    .replace(/^Autonomous Republic of\s+/i, '')
    .replace(/\s+область$/i, '')
    .replace(/^Автономна Республіка\s+/i, '');
}

/**
 * A unit of Ukraine in an edition's language: English from the data (`name`), Ukrainian from the data (`nameUk`),
 * French from FR_UNITS. `full` is the table form ("Luhansk Oblast", "oblast de Louhansk", "Луганська область"),
 * `short` the map-label form ("Luhansk", "Louhansk", "Луганська"). Throws for a French unit missing from FR_UNITS
 * rather than printing the English transliteration.
 */
export function regionName(lang: string, unit: { iso: string; name: string; nameUk: string }, form: 'full' | 'short' = 'full'): string {
  const copy = mapCopy(lang);
  if (copy === uk) return form === 'full' ? unit.nameUk : shortUnitName(unit.nameUk);
  if (copy === fr) {
    const names = FR_UNITS[unit.iso];
    if (!names) throw new Error(`map copy: no French name for ${unit.iso} (${unit.name}) in src/components/figures/map/copy.ts FR_UNITS`);
    return names[form];
  }
  return form === 'full' ? unit.name : shortUnitName(unit.name);
}

/** The first letter in upper case, for a name that starts a table cell ("Oblast de Louhansk"). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "A, B and C" in an edition's language. */
export function joinNames(lang: string, names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const copy = mapCopy(lang);
  return `${names.slice(0, -1).join(', ')} ${copy.and} ${names[names.length - 1]}`;
}
