// The pym.js v1 wire format (nprapps/pym.js src/pym.js), both directions, plus the Datawrapper-style height
// message. Pure: no DOM, so the parsing rules can be tested exhaustively. Parsing is deliberately stricter than
// pym's own regex: a message must have exactly the expected shape and carry numbers only, because anything a
// parent (or an impostor) sends is untrusted input.

const DELIMITER = 'xPYMx';

/** Message types the child accepts from a pym parent. Everything else is ignored. */
export type ParentMessage =
  | { type: 'width'; width: number }
  | { type: 'viewport-iframe-position'; position: HostPosition };

/**
 * What pym's `sendViewportAndIFramePosition` reports, in the host's CSS pixels: the host viewport's size and the
 * iframe's bounding rect relative to the host viewport.
 */
export interface HostPosition {
  viewportWidth: number;
  viewportHeight: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** pym's own limit is none; ours keeps ids printable and free of the delimiter. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

export function isValidChildId(id: string | null | undefined): id is string {
  return typeof id === 'string' && CHILD_ID.test(id) && !id.includes(DELIMITER);
}

/** `pymxPYMx<id>xPYMx<type>xPYMx<message>`, as pym's `_makeMessage` builds it. */
export function makeMessage(childId: string, type: string, message: string | number = ''): string {
  return ['pym', childId, type, String(message)].join(DELIMITER);
}

export const heightMessage = (childId: string, px: number): string => makeMessage(childId, 'height', Math.ceil(px));
export const positionRequest = (childId: string): string => makeMessage(childId, 'parentPositionInfo');
export const scrollToChildPosMessage = (childId: string, px: number): string =>
  makeMessage(childId, 'scrollToChildPos', Math.round(px));

/** Datawrapper's responsive-iframe message, which many CMSs already listen for. */
export function datawrapperHeight(embedId: string, px: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [embedId]: Math.ceil(px) } };
}

// A decimal number as JavaScript prints one: pym sends `getBoundingClientRect()` values, which can be
// fractional, negative or (rarely) in exponent form. No hex, no Infinity, no whitespace.
const NUMBER = /^-?\d{1,9}(?:\.\d{1,20})?(?:e[+-]?\d{1,3})?$/;
/** Larger than any real screen or page offset; anything beyond is not a genuine pym parent. */
const MAX_PX = 10_000_000;

function num(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= MAX_PX ? n : null;
}

export function parseWidth(text: string): number | null {
  const n = num(text);
  return n !== null && n > 0 ? n : null;
}

export function parsePosition(text: string): HostPosition | null {
  const parts = text.split(' ');
  if (parts.length !== 6) return null;
  const values = parts.map(num);
  if (values.some((v) => v === null)) return null;
  const [viewportWidth, viewportHeight, top, left, bottom, right] = values as number[];
  if (!(viewportWidth! > 0 && viewportHeight! > 0 && bottom! >= top! && right! >= left!)) return null;
  return { viewportWidth: viewportWidth!, viewportHeight: viewportHeight!, top: top!, left: left!, bottom: bottom!, right: right! };
}

/**
 * Parses one message from the parent addressed to `childId`. Returns null for anything that is not a string, not
 * addressed to this child, of another type, or whose payload is not exactly the numbers that type carries.
 */
export function parseParentMessage(data: unknown, childId: string): ParentMessage | null {
  if (typeof data !== 'string' || data.length > 500) return null;
  const prefix = `pym${DELIMITER}${childId}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const cut = rest.indexOf(DELIMITER);
  if (cut < 0) return null;
  const type = rest.slice(0, cut);
  const payload = rest.slice(cut + DELIMITER.length);
  if (payload.includes(DELIMITER)) return null;
  if (type === 'width') {
    const width = parseWidth(payload);
    return width === null ? null : { type, width };
  }
  if (type === 'viewport-iframe-position') {
    const position = parsePosition(payload);
    return position === null ? null : { type, position };
  }
  return null;
}
