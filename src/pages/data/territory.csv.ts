// Download: Ukraine's 27 units with claims, demands and computed areas (km² per control snapshot), as CSV.
import type { APIRoute } from 'astro';
import { dataSet } from '../../data/index.ts';
import { computedAreas } from '../../data/areas.ts';
import { toCsv } from '../../data/csv.ts';
import { territoryColumns, territoryRows } from '../../data/tables.ts';

export const prerender = true;

export const GET: APIRoute = () => {
  const areas = computedAreas();
  return new Response(toCsv(territoryColumns(areas), territoryRows(dataSet(), areas)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
