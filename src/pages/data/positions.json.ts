// Download: every position record as JSON, sources expanded inline. Prerendered to data/positions.json.
import type { APIRoute } from 'astro';
import { dataSet } from '../../data/index.ts';
import { positionsJson } from '../../data/tables.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(positionsJson(dataSet()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
