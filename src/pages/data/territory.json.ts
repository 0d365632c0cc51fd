// Download: Ukraine's 27 units with claims, demands and computed areas, as JSON with credits and method.
import type { APIRoute } from 'astro';
import { dataSet } from '../../data/index.ts';
import { computedAreas } from '../../data/areas.ts';
import { territoryJson } from '../../data/tables.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(territoryJson(dataSet(), computedAreas()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
