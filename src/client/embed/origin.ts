// Who the parent is, and whether a message really comes from it. Pure (the window objects are only compared).

/**
 * The parent page's origin when the browser tells us (location.ancestorOrigins in Chromium and Safari, else the
 * referrer, which framing pages send by default as at least their origin). Null when unknown or opaque (a
 * sandboxed parent without allow-same-origin): callers then post with target '*' and skip the origin check,
 * relying on the source check alone.
 */
export function parentOrigin(ancestorOrigin: string | undefined, referrer: string): string | null {
  for (const candidate of [ancestorOrigin, referrer]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // not a URL: try the next candidate
    }
  }
  return null;
}

export interface MessageLike {
  source: unknown;
  origin: string;
}

/**
 * A message is the parent's only if it was sent by the parent window itself (not a sibling frame, an opener or a
 * nested frame of ours) and, when the parent's origin is known, from that exact origin (pym's own check is an
 * unanchored suffix match).
 */
export function isFromParent(event: MessageLike, parent: unknown, self: unknown, expectedOrigin: string | null): boolean {
  if (parent === self || event.source !== parent) return false;
  return expectedOrigin === null || event.origin === expectedOrigin;
}
