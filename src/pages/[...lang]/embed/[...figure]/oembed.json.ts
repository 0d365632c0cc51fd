// oEmbed 1.0 (oembed.com) for each embed, as a static file next to it: /embed/oembed.json,
// /embed/<figure-id>/oembed.json, and the same under /fr/ and /uk/. Found through the
// <link rel="alternate" type="application/json+oembed"> on the story page and on each embed page.
import type { APIRoute } from 'astro';
import { describeEmbed } from '../../../../components/embed/describe.ts';
import { embedRoutes, type EmbedRouteProps } from '../../../../components/embed/routes.ts';
import { oembed } from '../../../../components/embed/snippets.ts';
import { absoluteUrl } from '../../../../components/embed/paths.ts';

export const getStaticPaths = embedRoutes;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, figureId } = props as EmbedRouteProps;
  const embed = await describeEmbed(site, lang, figureId);
  const providerUrl = absoluteUrl(site, import.meta.env.BASE_URL, '');
  const body = oembed(
    { url: embed.url, id: embed.id, title: embed.title, height: embed.heights.iframe },
    { name: new URL(providerUrl).host, url: providerUrl }
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
