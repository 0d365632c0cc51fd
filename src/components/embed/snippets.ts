// What a newsroom pastes, and what oEmbed consumers receive: built once here so the embed box, the oEmbed files
// and the documentation all show the same code. Pure (build time).

/** Where stock pym.js is published by its authors (NPR); newsrooms that self-host it can change the src. */
export const PYM_SRC = 'https://pym.nprapps.org/pym.v1.min.js';

export interface EmbedTarget {
  /** Absolute URL of the embed page. */
  url: string;
  /** Element id on the host page; pym passes it to the frame as childId. Unique per host page. */
  id: string;
  /** Accessible name of the iframe. */
  title: string;
  /** Height to reserve before the frame has reported its own (pym), or the fixed height (plain iframe). */
  height: number;
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The auto-sizing snippet: stock pym.js creates the iframe, sizes it to its content and, with trackscroll, tells
 * it where the reader is (which the whole-story embed needs to advance its steps as the host page scrolls).
 * scrollwait=16 sends that position once per frame instead of every 100 ms, so pinned figures follow smoothly.
 * The min-height keeps the space while the frame loads, so the host page does not jump.
 */
export function pymSnippet({ url, id, title, height }: EmbedTarget): string {
  return [
    `<div id="${escapeAttr(id)}" data-pym-src="${escapeAttr(url)}" data-pym-title="${escapeAttr(title)}"`,
    `  data-pym-trackscroll data-pym-scrollwait="16" style="min-height:${Math.round(height)}px"></div>`,
    `<script src="${PYM_SRC}"></script>`,
  ].join('\n');
}

/** The no-script fallback: a fixed-height frame; the embed scrolls inside it (the story) or fits it (figures). */
export function iframeSnippet({ url, title, height }: EmbedTarget): string {
  return (
    `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="border:0;width:100%;display:block" loading="lazy" allowfullscreen></iframe>`
  );
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** An oEmbed 1.0 `rich` response (oembed.com §2.3.4.4): html is the plain iframe, which any consumer can run. */
export function oembed(target: EmbedTarget, provider: { name: string; url: string }, width = 640): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: iframeSnippet(target),
    width,
    height: Math.round(target.height),
  };
}
