// Download: every position record as CSV, sources written out in full. Prerendered to data/positions.csv.
import type { APIRoute } from 'astro';
import { dataSet } from '../../data/index.ts';
import { toCsv } from '../../data/csv.ts';
import { POSITION_COLUMNS, positionRows } from '../../data/tables.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(toCsv(POSITION_COLUMNS, positionRows(dataSet())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
