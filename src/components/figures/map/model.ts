// The map figure's render model: everything MapFigure.astro prints, computed here without any DOM so it can be
// unit-tested. Input: the section's states (what the steps will show); output: SVG groups with path strings,
// HTML labels with per-camera positions, legends and panels, all with the data-layer / data-key attributes and
// the build-time is-on / is-hl classes of the initial state (via `mark()`).
//
// Layer keys (ARCHITECTURE.md conventions) and the renderer's own:
//   members · paris · outside · endorsement          coalition; `paris`/`endorsement`/`outside` restyle countries
//                                                     through tint classes (`t-<token>`), matched against the
//                                                     graphic root's `on-<key>` classes (one per active layer, its
//                                                     `data-on` lists them), so no geometry is drawn twice
//   control:<date>                                    territory: hatched occupied area + line of contact + area label
//   occupied (own key)                                the latest occupied area, as context in forces and claims
//   contact-line · hubs · neighbours · black-sea · air · monitoring          forces (schematic annotations)
//   annexed-2014 · annexed-2022 · donbas · held-donetsk · dmz                  claims
//   greenland (own key) · greenland-signatories · nordic                      greenland
// Only the layers some state uses are drawn, and the base map is clipped to what the section's cameras show.
//
// Each group is its own <svg> (same viewBox, stacked in one HTML camera wrapper): Chromium composites an opacity
// transition on an <svg> box, never on an SVG child, so a layer fades without repainting the map. Geometry is
// written once: the members layer clones the land layer's country paths with <use>, and a path string that two
// layers need (Ukraine's outline, the line of contact, …) goes to <defs> once (see `dedupe`).
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { CAMERA_IDS, type CameraId, type FigureState, type SceneId } from '../../../scenes/types.ts';
import { activeLayers, mark } from '../../../scenes/apply.ts';
import { camera, cameraCss, unionRect, visibleRect, type Camera } from '../../../lib/geo/cameras.ts';
import { createProjection, VIEWBOX } from '../../../lib/geo/projection.ts';
import { labelPosition, type LabelSpec } from '../../../lib/geo/labels.ts';
import {
  CONTROL_DATES,
  controlDisplay,
  controlNote,
  europeCountries,
  frontLine,
  heldDonetsk,
  oblastBorders,
  ukraineOblasts,
  ukraineOutline,
  type OblastFeature,
} from '../../../lib/geo/topology.ts';
import { heldDonetskKm2, oblastAreas, snapshotAreas } from '../../../lib/geo/areas.ts';
import { actors, members, statements, territory } from '../../../data/index.ts';
import { svgPath } from './svgpath.ts';
import { countryName, joinNames, mapCopy, regionName, type MapCopy } from './copy.ts';

/** Douglas–Peucker tolerance in screen viewBox units (0.5 unit ≈ 0.2–0.35 px on a phone): below visibility. */
const SCREEN_TOLERANCE = 0.5;
/** Rings smaller than this many screen units² at their tightest camera are dropped (sub-pixel islets). */
const SCREEN_MIN_AREA = 1.5;
/** Hatch spacing in screen viewBox units (≈ 3.5 px on a 300 px phone stage, 7 px on a 600 px desktop stage). */
const HATCH = 12;

/** NATO members bordering Ukraine (editorial framing of Germany's "neighbouring NATO territory" option). */
export const NATO_NEIGHBOURS = ['POL', 'SVK', 'HUN', 'ROU'] as const;
/** Members emphasised for logistics (Poland "lead country" on logistics; Romania logistics, bases, training). */
export const LOGISTICS = ['POL', 'ROU'] as const;
/** Türkiye: the Black Sea naval lead. */
export const NAVAL_LEAD = 'TUR';
/** ISO numeric of Greenland in the world atlas. */
const GREENLAND_ID = '304';
/** Donetsk oblast. */
const DONETSK = 'UA-14';

export interface Attrs {
  [name: string]: string;
}
/** A `<path>` (attrs carry `d`) or, with `use`, a `<use>` (attrs carry `href`) of a path drawn elsewhere. */
export interface SvgPath {
  attrs: Attrs;
  use?: boolean;
}
/** A path written once in `<defs>` and shown by `<use>`. */
export interface SharedPath {
  id: string;
  d: string;
}
export interface SvgGroup {
  attrs: Attrs;
  paths: SvgPath[];
}
export interface Pattern {
  id: string;
  kind: 'lines' | 'dots';
  size: number;
  /** Half the tile, rounded to tenths (the line or dot sits in the middle). */
  half: number;
  angle: number;
  bg: string;
  fg: string;
  /** Line width or dot radius, user units. */
  weight: number;
}
export interface HtmlLabel {
  attrs: Attrs;
  lines: string[];
}
export interface LegendItem {
  attrs: Attrs;
  swatch: string;
  text: string;
}
export interface Legend {
  scene: SceneId;
  items: LegendItem[];
}
export type PanelContent =
  | { type: 'headline'; number: string; text: string }
  | { type: 'chips'; title: string; chips: { attrs: Attrs; text: string }[] }
  | { type: 'lines'; title?: string; lines: { attrs: Attrs; text: string; note?: string }[] };
export interface Panel {
  attrs: Attrs;
  content: PanelContent;
}
export interface MapModel {
  viewBox: string;
  /** Custom properties on the graphic root: camera transforms, label positions use them via CSS. */
  style: string;
  /** Active layer keys of the initial state, for the graphic root's `data-on` (the no-JS picture). */
  on: string;
  /** `<camera>:<zoom>` pairs for the camera wrapper's `data-zoom` (the client keeps strokes thin while it moves). */
  zoom: string;
  patterns: Pattern[];
  /** Paths more than one layer shows, written once. */
  defs: SharedPath[];
  /** One <svg> layer each, in paint order; the first (the land) also holds the defs. */
  groups: SvgGroup[];
  labels: HtmlLabel[];
  legends: Legend[];
  panels: Panel[];
  /** Cameras the section uses. */
  cameras: CameraId[];
  /** The label specs drawn (for the collision tests). */
  specs: LabelSpec[];
}

export interface MapInput {
  figureId: string;
  lang: string;
  initial: FigureState;
  states: readonly FigureState[];
}

/** Everything a section's states can switch on (layers and progress keys). */
export function usedLayers(states: readonly FigureState[]): Set<string> {
  const out = new Set<string>();
  for (const s of states) {
    for (const l of s.layers) out.add(l);
    for (const k of s.progress?.keys ?? []) out.add(k);
  }
  return out;
}

/** Cameras the section uses, in CAMERA_IDS order; `europe` when no state names one. */
export function usedCameras(states: readonly FigureState[]): CameraId[] {
  const set = new Set(states.map((s) => s.camera ?? 'europe'));
  return CAMERA_IDS.filter((c) => set.has(c));
}

/** A stable, CSS-safe id fragment. */
const slug = (s: string) => s.replace(/[^a-zA-Z0-9_-]+/g, '-');

/** Path strings by geometry object and (detail, clip): building a figure per edition and embed repeats them. */
const PATH_CACHE = new WeakMap<object, Map<string, string>>();

export function buildMapModel({ figureId, lang, initial, states }: MapInput): MapModel {
  const copy = mapCopy(lang);
  const used = usedLayers(states);
  const cams = usedCameras(states);
  const has = (l: string) => used.has(l);
  const kOf = (ids: readonly CameraId[]) => Math.max(...ids.map((id) => camera(id).k));
  const kmax = kOf(cams);
  const clip = unionRect(cams, 40);
  const projection: GeoProjection = createProjection().clipExtent(clip);
  const clipKey = clip.flat().map((v) => v.toFixed(1)).join(',');
  const bounds = geoPath(projection);
  const fid = slug(figureId);

  /** Which of the section's cameras see a projected bbox; the tightest of them sets the simplification. */
  const tightestK = (object: GeoPermissibleObjects): number => {
    const [[x0, y0], [x1, y1]] = bounds.bounds(object);
    if (![x0, y0, x1, y1].every(Number.isFinite)) return kmax;
    const seeing = cams.filter((id) => {
      const [[a, b], [c, d]] = visibleRect(camera(id));
      return x0 <= c && x1 >= a && y0 <= d && y1 >= b;
    });
    return seeing.length ? kOf(seeing) : Math.min(...cams.map((id) => camera(id).k));
  };
  /** Path at the detail of the tightest camera that shows it: given cameras (a layer's), else those that see it. */
  const d = (object: GeoPermissibleObjects, seenBy?: readonly CameraId[]): string => {
    const given = seenBy?.filter((c) => cams.includes(c)) ?? [];
    const k = given.length ? kOf(given) : tightestK(object);
    // The same geometry at the same detail and clip gives the same string: reuse it across figures and editions
    // (the decoded geo objects are memoised by topology.ts, so their identity is stable within a build).
    const key = `${k}|${clipKey}`;
    const cached = PATH_CACHE.get(object)?.get(key);
    if (cached !== undefined) return cached;
    const out = svgPath(object, projection, { tolerance: SCREEN_TOLERANCE / k, minArea: SCREEN_MIN_AREA / (k * k) });
    if (!PATH_CACHE.has(object)) PATH_CACHE.set(object, new Map());
    PATH_CACHE.get(object)!.set(key, out);
    return out;
  };
  const m = (opts: Parameters<typeof mark>[1]) => mark(initial, opts);
  /** Cameras of the section that show a layer: those of the states where it is on. */
  const camsOf = (layer: string): CameraId[] => {
    const set = new Set<CameraId>();
    for (const s of states) {
      if (s.layers.includes(layer) || s.progress?.keys.includes(layer)) set.add(s.camera ?? 'europe');
    }
    return CAMERA_IDS.filter((c) => set.has(c));
  };

  const groups: SvgGroup[] = [];
  const labels: LabelSpec[] = [];
  const legends = new Map<SceneId, LegendItem[]>();
  const panels: Panel[] = [];
  const patterns = new Map<string, Pattern>();
  const styleVars: string[] = [];

  // ---- number and date formats (the edition's language) ----
  const nf = new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 0 });
  const pf = new Intl.NumberFormat(copy.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const df = new Intl.DateTimeFormat(copy.locale, copy.dateFormat);
  const fmtDate = (iso: string) => df.format(new Date(`${iso}T00:00:00Z`));
  /** Areas are rounded to 100 km²: the source maps are not more precise than that. */
  const km2 = (v: number) => nf.format(Math.round(v / 100) * 100);

  // ---- hatch patterns, one per (style, camera), switched by CSS custom properties ----
  const hatch = (name: string, p: Omit<Pattern, 'id' | 'size' | 'half' | 'weight'> & { weight: number }) => {
    for (const cam of cams) {
      const k = camera(cam).k;
      const id = `${fid}-${name}-${cam}`;
      // Tenths, like every other number in the SVG (the tile stays exactly periodic: its size is the rounded value).
      const size = Math.max(0.2, round1(HATCH / k));
      patterns.set(id, { ...p, id, size, half: round1(size / 2), weight: Math.max(0.1, round1(p.weight / k)) });
      styleVars.push(`--${name}-${cam}:url(#${id})`);
    }
  };

  // ---- camera transforms (of the HTML wrapper), and each camera's 1/zoom: strokes divide by it to keep their
  // on-screen width, since vector-effect only undoes transforms inside the SVG ----
  for (const cam of cams) styleVars.push(`--cam-${cam}:${cameraCss(camera(cam))};--ik-${cam}:${round4(1 / camera(cam).k)}`);

  const legend = (scene: SceneId, item: LegendItem) => {
    const list = legends.get(scene) ?? [];
    list.push(item);
    legends.set(scene, list);
  };
  const scenes = new Set(states.map((s) => s.scene));

  // ---- countries: base land, members, tints ----
  const allActors = actors();
  const geoNames = new Map(europeCountries().map((f) => [f.properties.a3, f.properties.name]));
  /** A country's name in the edition's language (data name in English; see copy.ts countryName). */
  const nameOf = (iso3: string): string =>
    countryName(lang, iso3, allActors.find((a) => a.iso3 === iso3)?.name ?? geoNames.get(iso3) ?? iso3);
  /** A region's map-label name in the edition's language (French spellings from copy.ts, Ukrainian from the data). */
  const unitName = (u: { iso: string; name: string; nameUk: string }) => regionName(lang, u, 'short');
  const byNumeric = new Map(allActors.map((a) => [a.isoNumeric, a]));
  const memberList = has('members') ? members() : [];
  const sigStatement = has('greenland-signatories') ? greenlandStatement('leaders') : undefined;
  const nordicStatement = has('nordic') ? greenlandStatement('nordic') : undefined;

  const tints = (a3: string, numeric: string): string[] => {
    const t: string[] = [];
    const actor = byNumeric.get(numeric);
    // Under `paris` every member on the map turns "not confirmed" unless present: tagged here, on the land path
    // the members layer clones, so the clone follows.
    if (has('paris') && mapMembers.has(numeric)) t.push('member');
    if (has('paris') && actor?.role === 'member' && actor.paris === 'present') t.push('paris-present');
    if (has('endorsement') && actor?.endorsement === 'reservations') t.push('endorse-reservations');
    if (has('outside') && actor?.role === 'outside') t.push(a3 === 'RUS' ? 'outside-russia' : 'outside');
    if (has('neighbours') && (NATO_NEIGHBOURS as readonly string[]).includes(a3)) t.push('neighbour');
    if (has('black-sea') && a3 === NAVAL_LEAD) t.push('naval');
    if (has('greenland') && numeric === GREENLAND_ID) t.push('greenland');
    if (sigStatement?.signatories.includes(a3)) t.push('sig');
    if (nordicStatement?.signatories.includes(a3)) t.push('nordic');
    return t;
  };

  const baseLand: SvgPath[] = [];
  /** Countries no state restyles, clones or highlights: one path for all (fewer elements to style and lay out). */
  let plainLand = '';
  const highlighted = new Set(states.flatMap((s) => s.highlight));
  const memberPaths: SvgPath[] = [];
  const foundMembers = new Set<string>();
  // Members outside Europe (Canada's Arctic islands are in the Europe crop) are chips, never map marks.
  const mapMembers = new Set(memberList.filter((a) => a.group !== 'beyond-europe').map((a) => a.isoNumeric));
  for (const f of europeCountries()) {
    const numeric = f.id;
    const a3 = f.properties.a3;
    const path = d(f);
    if (!path) continue; // clipped away: outside every camera of this section
    const t = tints(a3, numeric);
    if (!t.length && !mapMembers.has(numeric) && !highlighted.has(a3)) {
      plainLand += path;
      continue;
    }
    const attrs: Attrs = { ...withTints(m({ key: a3, className: 'land' }), t), d: path };
    baseLand.push({ attrs });
    if (mapMembers.has(numeric)) {
      // The member mark is a clone of the land path, never a second copy of the geometry. Document CSS does not
      // reach into a <use> clone (Chromium), so the clone takes its paint by inheritance from the <use>, which
      // carries the same tint tokens, and vector-effect as an attribute of the original.
      const id = `${fid}-${slug(a3)}`;
      attrs.id = id;
      attrs['vector-effect'] = 'non-scaling-stroke';
      foundMembers.add(numeric);
      const use: Attrs = { ...withTints(m({ key: a3, className: 'member' }), t), href: `#${id}` };
      memberPaths.push({ use: true, attrs: use });
    }
  }
  if (plainLand) baseLand.unshift({ attrs: { class: 'land', d: plainLand } });
  groups.push({ attrs: { class: 'land-layer' }, paths: baseLand });

  if (has('members')) {
    // Members outside Europe are not on this map: they are chips in a panel, in the same layer, so
    // `[data-layer="members"] .member` counts every member once (European paths + chips = members().length).
    const beyond = memberList.filter((a) => a.group === 'beyond-europe');
    const european = memberList.filter((a) => a.group !== 'beyond-europe' && foundMembers.has(a.isoNumeric));
    groups.push({ attrs: { ...m({ layer: 'members', className: 'member-layer' }) }, paths: memberPaths });
    panels.push({
      attrs: { ...m({ layer: 'members', className: 'map-panel map-panel--bl member-chips' }), 'data-for-scene': 'coalition' },
      content: {
        type: 'chips',
        title: copy.members.beyond,
        chips: beyond.map((a) => {
          const t = tintsForChip(a, has);
          const attrs: Attrs = withTints(m({ key: a.iso3, className: 'member chip' }), t);
          return { attrs, text: nameOf(a.iso3) };
        }),
      },
    });
    const states = memberList.filter((a) => a.group !== 'ukraine').length;
    panels.push({
      attrs: { ...m({ layer: 'members', className: 'map-panel map-panel--tl headline' }), 'data-for-scene': 'coalition' },
      content: { type: 'headline', number: nf.format(memberList.length), text: copy.members.sub(memberList.length, states) },
    });
    if (european.length + beyond.length !== memberList.length) {
      const missing = memberList.filter((a) => a.group !== 'beyond-europe' && !foundMembers.has(a.isoNumeric));
      throw new Error(`map: members without a country on the Europe map: ${missing.map((a) => a.iso3).join(', ')}`);
    }
    legend('coalition', { attrs: m({ layer: 'members', className: 'lg-members' }), swatch: 'member', text: copy.members.legend });
    labels.push(countryLabel('UKR', 'members', ['europe'], { kind: 'value' }));
  }
  if (has('paris')) {
    legend('coalition', { attrs: m({ layer: 'paris' }), swatch: 'paris-present', text: copy.paris.present });
    legend('coalition', { attrs: m({ layer: 'paris' }), swatch: 'paris-not', text: copy.paris.notConfirmed });
    labels.push({ id: 'paris', text: copy.paris.place, at: [2.35, 48.86], cams: ['europe'], layer: 'paris', kind: 'value', align: 'end', dx: -6, dy: 0, dot: true });
  }
  if (has('endorsement')) {
    legend('coalition', { attrs: m({ layer: 'endorsement' }), swatch: 'member', text: copy.endorsement.endorsed });
    legend('coalition', { attrs: m({ layer: 'endorsement' }), swatch: 'reservations', text: copy.endorsement.reservations });
    for (const a of memberList.filter((x) => x.endorsement === 'reservations' && foundMembers.has(x.isoNumeric))) {
      labels.push(countryLabel(a.iso3, 'endorsement', ['europe'], { dx: -38, dy: -26, leader: true, kind: 'value' }));
    }
  }
  if (has('outside')) {
    const outside = allActors.filter((a) => a.role === 'outside');
    legend('coalition', { attrs: m({ layer: 'outside' }), swatch: 'outside', text: copy.outside.nonMembers });
    for (const a of outside) {
      if (a.iso3 === 'USA') continue;
      labels.push(countryLabel(a.iso3, 'outside', ['europe'], OUTSIDE_OFFSETS[a.iso3] ?? {}));
    }
    const usa = outside.find((a) => a.iso3 === 'USA');
    if (usa) {
      panels.push({
        attrs: { ...m({ layer: 'outside', className: 'map-panel map-panel--ml usa-arrow' }), 'data-for-scene': 'coalition' },
        content: { type: 'lines', lines: [{ attrs: { 'data-key': 'USA' }, text: `← ${copy.outside.usa(nameOf(usa.iso3))}` }] },
      });
    }
  }

  // ---- Ukraine in detail (any camera that looks at Ukraine) ----
  const ukraineCams = cams.filter((c) => c !== 'europe' && c !== 'europe-wide');
  const outline = ukraineCams.length ? (ukraineOutline() as GeoPermissibleObjects) : undefined;
  const latest = CONTROL_DATES[CONTROL_DATES.length - 1]!;
  if (outline) {
    groups.push({ attrs: { class: 'ua-detail ua-land' }, paths: [{ attrs: { d: d(outline, ukraineCams) } }] });
  }
  const needsOcc = has('occupied') || [...used].some((l) => l.startsWith('control:'));
  if (needsOcc) hatch('occ', { kind: 'lines', angle: 45, bg: '#f0c4b8', fg: '#a8321f', weight: 2.6 });

  if (has('hubs') && outline) {
    hatch('hub', { kind: 'lines', angle: -45, bg: '#e6eef7', fg: '#6f9bcc', weight: 1.8 });
    groups.push({ attrs: { ...m({ layer: 'hubs', className: 'hubs' }) }, paths: [{ attrs: { d: d(outline, camsOf('hubs')) } }] });
    legend('forces', { attrs: m({ layer: 'hubs' }), swatch: 'hubs', text: copy.hubs.legend });
    // A note, not a map label: the hubs have no published locations, so nothing on the map may point at a place.
    panels.push({
      attrs: { ...m({ layer: 'hubs', className: 'map-panel map-panel--tl' }), 'data-for-scene': 'forces' },
      content: { type: 'lines', lines: [{ attrs: {}, text: copy.hubs.label }] },
    });
  }

  /** The latest snapshot at one detail (the tightest camera of either layer) wherever it is drawn, so `occupied`
   * and the last `control:` layer share one path string, written once. */
  const latestCams = [...new Set([...camsOf('occupied'), ...camsOf(`control:${latest}`)])];
  if (has('occupied')) {
    groups.push({
      attrs: { ...m({ layer: 'occupied', className: 'occupied' }) },
      paths: [{ attrs: { class: 'occ-fill', d: d(controlDisplay(latest) as GeoPermissibleObjects, latestCams) } }],
    });
    for (const s of scenes) if (s === 'forces' || s === 'claims') legend(s, { attrs: m({ layer: 'occupied' }), swatch: 'occupied', text: `${copy.occupied.legend}, ${fmtDate(latest)}` });
  }

  // Territory: one group per snapshot; its label is a panel line in the same layer.
  const controlKeys = [...used].filter((l) => l.startsWith('control:')).sort();
  if (controlKeys.length) {
    const areas = new Map(snapshotAreas().map((a) => [a.date, a]));
    const lines: { attrs: Attrs; text: string; note?: string }[] = [];
    for (const key of controlKeys) {
      const date = key.slice('control:'.length);
      const area = areas.get(date);
      if (!area) throw new Error(`map: no computed area for snapshot ${date}`);
      const cs = date === latest ? latestCams : camsOf(key);
      groups.push({
        attrs: { ...m({ layer: key, className: 'control' }), 'data-date': date },
        paths: [
          { attrs: { class: 'occ-fill', d: d(controlDisplay(date) as GeoPermissibleObjects, cs) } },
          { attrs: { class: 'front', d: d(frontLine(date) as GeoPermissibleObjects, cs) } },
        ],
      });
      const note = noteFor(date, copy);
      lines.push({
        attrs: { ...m({ layer: key, className: 'area-label' }), 'data-date': date },
        text: copy.control.label(fmtDate(date), km2(area.occupiedKm2), pf.format(area.shareOfUkraine)),
        ...(note ? { note } : {}),
      });
    }
    panels.push({ attrs: { class: 'map-panel map-panel--tl control-labels', 'data-for-scene': 'territory' }, content: { type: 'lines', lines } });
    legend('territory', { attrs: {}, swatch: 'occupied', text: copy.occupied.legend });
    legend('territory', { attrs: {}, swatch: 'front', text: copy.contactLine.legend });
  }

  // ---- claims ----
  const units = has('annexed-2014') || has('annexed-2022') || has('donbas') ? territory() : [];
  const oblastById = new Map(ukraineOblasts().map((f) => [f.id, f]));
  const unitFeatures = (pred: (u: (typeof units)[number]) => boolean) =>
    units.filter(pred).map((u) => {
      const f = oblastById.get(u.iso);
      if (!f) throw new Error(`map: no geometry for territory unit ${u.iso} (${u.name})`);
      return { unit: u, feature: f };
    });
  const collection = (fs: OblastFeature[]) => ({ type: 'FeatureCollection', features: fs }) as GeoPermissibleObjects;
  if (has('annexed-2022')) {
    const list = unitFeatures((u) => u.claimedByRussia === 2022);
    groups.push({
      attrs: { ...m({ layer: 'annexed-2022', className: 'annexed-2022' }) },
      paths: [{ attrs: { d: d(collection(list.map((x) => x.feature)), camsOf('annexed-2022')) } }],
    });
    legend('claims', { attrs: m({ layer: 'annexed-2022' }), swatch: 'annexed-2022', text: copy.annexed.y2022 });
    for (const { unit } of list) labels.push(unitLabel(unit.iso, unitName(unit), 'annexed-2022', camsOf('annexed-2022')));
  }
  if (has('annexed-2014')) {
    hatch('a14', { kind: 'lines', angle: -45, bg: '#6b1a10', fg: '#e8b4a6', weight: 1.4 });
    const list = unitFeatures((u) => u.claimedByRussia === 2014);
    groups.push({
      attrs: { ...m({ layer: 'annexed-2014', className: 'annexed-2014' }) },
      paths: [{ attrs: { d: d(collection(list.map((x) => x.feature)), camsOf('annexed-2014')) } }],
    });
    legend('claims', { attrs: m({ layer: 'annexed-2014' }), swatch: 'annexed-2014', text: copy.annexed.y2014 });
    labels.push({
      id: 'annexed-2014',
      text: list.map((x) => unitName(x.unit)).join(',\n'),
      at: [33.6, 45.3],
      cams: camsOf('annexed-2014'),
      layer: 'annexed-2014',
      kind: 'value',
      align: 'end',
      dx: -44,
      dy: 6,
      leader: true,
    });
  }
  if (has('donbas')) {
    const list = unitFeatures((u) => u.demandedNow);
    groups.push({
      attrs: { ...m({ layer: 'donbas', className: 'donbas' }) },
      paths: [{ attrs: { d: d(collection(list.map((x) => x.feature)), camsOf('donbas')) } }],
    });
    legend('claims', { attrs: m({ layer: 'donbas' }), swatch: 'donbas', text: copy.donbas.legend(joinNames(lang, list.map((x) => unitName(x.unit)))) });
    for (const { unit } of list) labels.push(unitLabel(unit.iso, unitName(unit), 'donbas', camsOf('donbas')));
  }
  if (has('held-donetsk') || has('dmz')) {
    const geom = heldDonetsk(latest) as GeoPermissibleObjects;
    const heldKm2 = heldDonetskKm2(latest);
    const oblast = oblastAreas()[DONETSK];
    if (!oblast) throw new Error(`map: no area for ${DONETSK}`);
    if (has('held-donetsk')) {
      groups.push({ attrs: { ...m({ layer: 'held-donetsk', className: 'held' }) }, paths: [{ attrs: { d: d(geom, camsOf('held-donetsk')) } }] });
      legend('claims', { attrs: m({ layer: 'held-donetsk' }), swatch: 'held', text: copy.held.legend });
      labels.push({
        id: 'held-donetsk',
        text: wrap(copy.held.label(km2(heldKm2), pf.format(heldKm2 / oblast)), 24),
        at: [37.55, 48.95],
        cams: camsOf('held-donetsk'),
        layer: 'held-donetsk',
        kind: 'value',
        valign: 'bottom',
        dx: -12,
        dy: -44,
        leader: true,
      });
    }
    if (has('dmz')) {
      hatch('dmz', { kind: 'dots', angle: 0, bg: '#e6def0', fg: '#5a3d8a', weight: 1.6 });
      groups.push({ attrs: { ...m({ layer: 'dmz', className: 'dmz' }) }, paths: [{ attrs: { d: d(geom, camsOf('dmz')) } }] });
      legend('claims', { attrs: m({ layer: 'dmz' }), swatch: 'dmz', text: copy.dmz.legend });
      labels.push({
        id: 'dmz',
        text: wrap(copy.dmz.label, 26),
        at: [37.55, 48.95],
        cams: camsOf('dmz'),
        layer: 'dmz',
        kind: 'note',
        valign: 'bottom',
        dx: -12,
        dy: -44,
        leader: true,
      });
    }
  }

  // ---- forces ----
  if (has('neighbours')) {
    legend('forces', { attrs: m({ layer: 'neighbours' }), swatch: 'neighbour', text: copy.neighbours.legend });
    legend('forces', { attrs: m({ layer: 'neighbours' }), swatch: 'logistics', text: copy.neighbours.logistics(joinNames(lang, LOGISTICS.map(nameOf))) });
    for (const iso3 of NATO_NEIGHBOURS) labels.push(countryLabel(iso3, 'neighbours', camsOf('neighbours'), NEIGHBOUR_OFFSETS[iso3] ?? {}));
    panels.push({
      attrs: { ...m({ layer: 'neighbours', className: 'map-panel map-panel--bl' }), 'data-for-scene': 'forces' },
      content: { type: 'lines', lines: [{ attrs: {}, text: copy.neighbours.label(nameOf('DEU')) }] },
    });
  }
  if (has('black-sea')) {
    const tur = nameOf(NAVAL_LEAD);
    labels.push({ id: 'black-sea', text: `${copy.blackSea.sea}\n${wrap(copy.blackSea.label(tur), 18)}`, at: [33.6, 43.5], cams: camsOf('black-sea'), layer: 'black-sea', kind: 'sea' });
    labels.push({ id: 'TUR', text: tur, at: [35.8, 40.2], cams: camsOf('black-sea'), layer: 'black-sea', kind: 'value' });
    legend('forces', { attrs: m({ layer: 'black-sea' }), swatch: 'logistics', text: copy.blackSea.legend(tur) });
  }
  if (has('air')) {
    panels.push({
      attrs: { ...m({ layer: 'air', className: 'map-panel map-panel--tl air' }), 'data-for-scene': 'forces' },
      content: {
        type: 'lines',
        title: `✈ ${copy.air.title}`,
        lines: copy.air.items.map((it) => ({ attrs: { 'data-key': it.iso3 }, text: `${nameOf(it.iso3)}: ${it.text}` })),
      },
    });
  }
  const lineCams = [...new Set([...camsOf('contact-line'), ...camsOf('monitoring')])];
  if (has('contact-line') || has('monitoring')) {
    const front = d(frontLine(latest) as GeoPermissibleObjects, lineCams);
    if (has('contact-line')) {
      groups.push({
        attrs: { ...m({ layer: 'contact-line', className: 'contact-line' }) },
        paths: [{ attrs: { class: 'band', d: front } }, { attrs: { class: 'front', d: front } }],
      });
      legend('forces', { attrs: m({ layer: 'contact-line' }), swatch: 'front', text: copy.contactLine.legend });
      labels.push({ id: 'setback', text: wrap(copy.contactLine.band, 18), at: [35.3, 48.75], cams: camsOf('contact-line'), layer: 'contact-line', kind: 'note', align: 'end', dx: -8 });
    }
    if (has('monitoring')) {
      groups.push({ attrs: { ...m({ layer: 'monitoring', className: 'monitoring' }) }, paths: [{ attrs: { class: 'sensor', d: front } }] });
      legend('forces', { attrs: m({ layer: 'monitoring' }), swatch: 'monitoring', text: copy.monitoring.legend });
      panels.push({
        attrs: { ...m({ layer: 'monitoring', className: 'map-panel map-panel--tl monitoring-note' }), 'data-for-scene': 'forces' },
        content: { type: 'lines', lines: [{ attrs: {}, text: copy.monitoring.label }, { attrs: { class: 'quote' }, text: copy.monitoring.quote }] },
      });
    }
  }

  // ---- Greenland ----
  if (has('greenland')) {
    labels.push({ id: 'GRL', text: copy.greenland.label, at: [-41, 73], cams: camsOf('greenland'), layer: 'greenland', kind: 'value' });
    labels.push(countryLabel('DNK', 'greenland', camsOf('greenland'), { dx: -34, dy: -22, leader: true, align: 'end', kind: 'value' }));
  }
  if (sigStatement) {
    legend('greenland', { attrs: m({ layer: 'greenland-signatories' }), swatch: 'sig', text: copy.greenland.signatories(sigStatement.signatories.length) });
  }
  if (nordicStatement) {
    legend('greenland', { attrs: m({ layer: 'nordic' }), swatch: 'nordic', text: copy.greenland.nordic(nordicStatement.signatories.length) });
  }

  // ---- Ukraine's borders on top: oblasts thin, the international border strong (Crimea inside) ----
  if (outline) {
    groups.push({ attrs: { class: 'ua-detail oblast-borders' }, paths: [{ attrs: { d: d(oblastBorders(), ukraineCams) } }] });
    groups.push({ attrs: { class: 'ua-detail ua-border' }, paths: [{ attrs: { d: d(outline, ukraineCams) } }] });
    if (needsOcc) {
      const forScenes = [...scenes].filter((sc) => sc !== 'coalition' && sc !== 'greenland');
      panels.push({ attrs: { class: 'map-credit', 'data-for-scene': forScenes.join(' ') }, content: { type: 'lines', lines: [{ attrs: {}, text: copy.occupied.credit }] } });
    }
    for (const spec of baseLabels(ukraineCams)) labels.push(spec);
  }

  // ---- label output: positions per camera as custom properties, shown by CSS under those cameras ----
  const htmlLabels: HtmlLabel[] = [];
  for (const spec of labels) {
    const cs = spec.cams.filter((c) => cams.includes(c));
    if (!cs.length) continue;
    const style = cs
      .map((c) => {
        const [x, y] = labelPosition(spec, c);
        return `--x-${c}:${x}%;--y-${c}:${y}%`;
      })
      .concat([`--x-any:var(--x-${cs[0]});--y-any:var(--y-${cs[0]})`])
      .concat(spec.dx || spec.dy ? [`--dx:${spec.dx ?? 0}px;--dy:${spec.dy ?? 0}px`] : [])
      .join(';');
    const kind = spec.kind ?? 'place';
    const cls = ['map-label', `map-label--${kind}`, `al-${spec.align ?? 'middle'}`, `va-${spec.valign ?? 'middle'}`];
    if (spec.layer === undefined) cls.push('is-base');
    if (spec.dot) cls.push('has-dot');
    const attrs: Attrs = { ...m({ layer: spec.layer, key: spec.key, className: cls.join(' ') }), 'data-cams': cs.join(' '), 'data-label': spec.id, style };
    htmlLabels.push({ attrs, lines: spec.text.split('\n') });
    if (spec.leader) {
      // A leader from the anchor to the offset text. The offset is in px (constant at every width), so the
      // leader is too: an HTML rule (::before) of that length, rotated in CSS, not an SVG line that would scale.
      attrs.class += ' has-leader';
      attrs.style += `;--len:${round2(Math.hypot(spec.dx ?? 0, spec.dy ?? 0))}px;--ang:${round2((Math.atan2(spec.dy ?? 0, spec.dx ?? 0) * 180) / Math.PI)}deg`;
    }
  }

  const defs = dedupe(groups, `${fid}-p`);
  return {
    viewBox: VIEWBOX,
    style: styleVars.join(';'),
    on: [...activeLayers(initial, 1)].join(' '),
    zoom: cams.map((c) => `${c}:${camera(c).k}`).join(' '),
    patterns: [...patterns.values()],
    defs,
    groups,
    labels: htmlLabels,
    legends: [...legends.entries()].map(([scene, items]) => ({ scene, items })),
    panels,
    cameras: cams,
    specs: labels.filter((l) => l.cams.some((c) => cams.includes(c))),
  };

  // ---- helpers that need the closure ----
  function countryLabel(iso3: string, layer: string, cs: CameraId[], o: Partial<LabelSpec>): LabelSpec {
    const a = allActors.find((x) => x.iso3 === iso3) ?? actors().find((x) => x.iso3 === iso3);
    if (!a) throw new Error(`map: no actor ${iso3} for a label`);
    const at = COUNTRY_ANCHORS[iso3];
    if (!at) throw new Error(`map: no label anchor for ${iso3}`);
    return { id: `${layer}-${iso3}`, text: nameOf(a.iso3), at, cams: cs, layer, key: iso3, kind: 'country', ...o };
  }
  /** Context labels on the Ukraine cameras (no layer: shown whenever their camera is): neighbours and seas. */
  function baseLabels(ucams: CameraId[]): LabelSpec[] {
    const name = nameOf;
    const out: LabelSpec[] = [];
    const add = (id: string, text: string, at: [number, number], cs: CameraId[], o: Partial<LabelSpec> = {}) => {
      const use = cs.filter((c) => ucams.includes(c));
      if (use.length) out.push({ id: `base-${id}`, text, at, cams: use, kind: 'country', ...o });
    };
    add('RUS', name('RUS'), [39.2, 52.3], ['ukraine-region', 'ukraine']);
    add('BLR', name('BLR'), [27.6, 52.9], ['ukraine-region']);
    add('UKR', name('UKR'), [31.2, 50.9], ['ukraine-region']);
    add('MDA', name('MDA'), [28.4, 47.6], ['ukraine']);
    add('sea', copy.seas.black, [31.6, 43.4], ['ukraine'], { kind: 'sea' });
    add('azov', copy.seas.azov, [37.8, 46.1], ['ukraine'], { kind: 'sea' });
    add('azov-d', copy.seas.azov, [38.1, 46.9], ['donbas'], { kind: 'sea' });
    add('RUS-d', name('RUS'), [40.7, 49.1], ['donbas']);
    return out;
  }
  function unitLabel(iso: string, text: string, layer: string, cs: CameraId[]): LabelSpec {
    const at = OBLAST_ANCHORS[iso];
    if (!at) throw new Error(`map: no label anchor for ${iso}`);
    return { id: `${layer}-${iso}`, text, at, cams: cs, layer, key: iso, kind: 'place' };
  }
}

/**
 * Writes once what several layers draw: every path string that occurs more than once across the groups moves to
 * `<defs>` (id `<prefix><n>`) and each occurrence becomes a `<use>` with the path's other attributes. Layers style
 * their marks by inherited properties (fill, stroke on the layer or the <use>), so the clones look the same.
 */
export function dedupe(groups: SvgGroup[], prefix: string): SharedPath[] {
  const count = new Map<string, number>();
  for (const g of groups) for (const p of g.paths) if (p.attrs.d && !p.attrs.id) count.set(p.attrs.d, (count.get(p.attrs.d) ?? 0) + 1);
  const ids = new Map<string, string>();
  const defs: SharedPath[] = [];
  for (const g of groups) {
    g.paths = g.paths.map((p) => {
      const path = p.attrs.d;
      if (!path || p.attrs.id || (count.get(path) ?? 0) < 2) return p;
      let id = ids.get(path);
      if (!id) {
        id = `${prefix}${defs.length}`;
        ids.set(path, id);
        defs.push({ id, d: path });
      }
      const { d: _d, ...rest } = p.attrs;
      return { use: true, attrs: { ...rest, href: `#${id}` } };
    });
  }
  return defs;
}

/** Tints that apply to a chip (members outside Europe). */
/**
 * A mark's tint tokens as classes (`t-<token>`): CSS colours the mark when the graphic root has the matching
 * `on-<key>` class. Classes, not a `data-tint` attribute, because Chromium invalidates style by attribute name:
 * with `[data-on~=…] [data-tint~=…]` rules, any change of the active layers restyled every tinted mark (the 31
 * member clones among them); with classes, a step restyles only the marks of the keys it turns on or off.
 */
export function withTints(attrs: Attrs, tints: string[]): Attrs {
  if (!tints.length) return attrs;
  return { ...attrs, class: [attrs['class'], ...tints.map((t) => `t-${t}`)].filter(Boolean).join(' ') };
}

function tintsForChip(a: { paris: string; endorsement: string }, has: (l: string) => boolean): string[] {
  const t: string[] = [];
  if (has('paris') && a.paris === 'present') t.push('paris-present');
  if (has('endorsement') && a.endorsement === 'reservations') t.push('endorse-reservations');
  return t;
}

/** Statement ids in content/data/statements.yaml of the two 6 January 2026 statements on Greenland. */
export const GREENLAND_STATEMENTS = { leaders: 'greenland-leaders', nordic: 'nordic-foreign-ministers' } as const;

function greenlandStatement(which: keyof typeof GREENLAND_STATEMENTS) {
  const id = GREENLAND_STATEMENTS[which];
  const found = statements().find((s) => s.id === id);
  if (!found) throw new Error(`map: no statement "${id}" in content/data/statements.yaml (the ${which} Greenland statement)`);
  return found;
}

function noteFor(date: string, copy: MapCopy): string | undefined {
  const n = controlNote(date) as unknown;
  const text = typeof n === 'string' ? n : (n as { note?: string; lowQuality?: boolean } | undefined)?.note;
  const low = typeof n === 'object' && n !== null && (n as { lowQuality?: boolean }).lowQuality;
  if (low || /low quality/i.test(text ?? '')) return copy.control.lowQuality;
  if (/baseline|before/i.test(text ?? '')) return copy.control.baseline;
  return undefined;
}

/** Greedy word wrap to lines of at most `width` characters. */
export function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  // Plain spaces only: no-break spaces (French "5 700", "21,4 %") keep numbers and units together.
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Label anchors (lon/lat): visual centres chosen by hand, since centroids of countries with islands drift. */
const COUNTRY_ANCHORS: Record<string, [number, number]> = {
  UKR: [31.5, 49.2],
  RUS: [43.5, 58],
  CZE: [15.3, 49.8],
  HUN: [19.4, 47.1],
  SVK: [19.6, 48.7],
  MLT: [14.4, 35.9],
  POL: [19.3, 52.1],
  ROU: [24.9, 45.9],
  TUR: [33.5, 39.2],
  SWE: [15.5, 62.5],
  BEL: [4.6, 50.6],
  GRL: [-41, 73],
  DNK: [9.3, 56.1],
  BLR: [28, 53.5],
  AUT: [14.5, 47.6],
  CHE: [8.2, 46.8],
  SRB: [20.8, 44.1],
  BIH: [17.8, 44.2],
  MKD: [21.7, 41.6],
  GEO: [43.5, 42.2],
  ARM: [44.9, 40.2],
  AZE: [47.7, 40.3],
  MDA: [28.5, 47.2],
  IRL: [-8, 53.2],
};
/** Label offsets (px) for the outside actors on the Europe map. */
const OUTSIDE_OFFSETS: Record<string, Partial<LabelSpec>> = {
  RUS: { kind: 'value' },
  SVK: { dx: 4, dy: -40, leader: true, valign: 'bottom' },
  HUN: { dx: 22, dy: 40, leader: true, valign: 'top', align: 'start' },
  CHE: { dx: -46, dy: 34, leader: true, valign: 'top' },
  MLT: { dx: -8, dy: 0, align: 'end' },
};
const NEIGHBOUR_OFFSETS: Record<string, Partial<LabelSpec>> = {};
/** Oblast label anchors. */
const OBLAST_ANCHORS: Record<string, [number, number]> = {
  'UA-14': [37.75, 48.05],
  'UA-09': [39.2, 48.75],
  'UA-23': [35.8, 47.25],
  'UA-65': [32.5, 46.85],
  'UA-43': [34.1, 45.2],
  'UA-40': [33.55, 44.6],
};
