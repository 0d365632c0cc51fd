import { describe, expect, it } from 'vitest';
import {
  datawrapperHeight,
  heightMessage,
  isValidChildId,
  makeMessage,
  parseParentMessage,
  parsePosition,
  positionRequest,
  scrollToChildPosMessage,
} from '../../src/client/embed/protocol.ts';

const ID = 'ukraine-ceasefire-story';

describe('pym.js wire format, child → parent', () => {
  it('builds messages exactly as pym’s _makeMessage does', () => {
    expect(makeMessage(ID, 'height', 1234)).toBe(`pymxPYMx${ID}xPYMxheightxPYMx1234`);
    expect(heightMessage(ID, 1233.2)).toBe(`pymxPYMx${ID}xPYMxheightxPYMx1234`);
    // pym joins an undefined message as an empty string.
    expect(positionRequest(ID)).toBe(`pymxPYMx${ID}xPYMxparentPositionInfoxPYMx`);
    expect(scrollToChildPosMessage(ID, 99.6)).toBe(`pymxPYMx${ID}xPYMxscrollToChildPosxPYMx100`);
  });

  it('is parsed by pym’s own parent regex', () => {
    const regex = new RegExp(`^pymxPYMx${ID}xPYMx(\\S+)xPYMx(.*)$`);
    expect(heightMessage(ID, 800).match(regex)?.slice(1)).toEqual(['height', '800']);
    expect(positionRequest(ID).match(regex)?.slice(1)).toEqual(['parentPositionInfo', '']);
  });

  it('builds the Datawrapper-style height message', () => {
    expect(datawrapperHeight('pledges', 640.4)).toEqual({ 'datawrapper-height': { pledges: 641 } });
  });
});

describe('childId', () => {
  it.each(['example', 'pym-0-abc12', 'ukraine_ceasefire.story:1'])('accepts %s', (id) => expect(isValidChildId(id)).toBe(true));
  it.each(['', 'a b', 'axPYMxb', '<script>', 'x'.repeat(101), null, undefined])('rejects %s', (id) =>
    expect(isValidChildId(id)).toBe(false)
  );
});

describe('parent → child messages are parsed defensively', () => {
  const msg = (type: string, payload: string, id = ID) => `pymxPYMx${id}xPYMx${type}xPYMx${payload}`;

  it('reads width', () => {
    expect(parseParentMessage(msg('width', '768'), ID)).toEqual({ type: 'width', width: 768 });
  });

  it('reads viewport-iframe-position as pym sends it (fractions, negatives)', () => {
    expect(parseParentMessage(msg('viewport-iframe-position', '1200 800 -350.5 0 4650.25 1200'), ID)).toEqual({
      type: 'viewport-iframe-position',
      position: { viewportWidth: 1200, viewportHeight: 800, top: -350.5, left: 0, bottom: 4650.25, right: 1200 },
    });
  });

  it.each([
    ['not a string', { width: 3 }],
    ['another child', msg('width', '768', 'other')],
    ['an id prefix of ours', msg('width', '768', `${ID}x`)],
    ['unknown type', msg('navigateTo', 'https://evil.example')],
    ['height from a parent', msg('height', '100')],
    ['width with units', msg('width', '768px')],
    ['width zero', msg('width', '0')],
    ['width negative', msg('width', '-5')],
    ['width hex', msg('width', '0x300')],
    ['width Infinity', msg('width', 'Infinity')],
    ['width empty', msg('width', '')],
    ['five numbers', msg('viewport-iframe-position', '1200 800 0 0 100')],
    ['seven numbers', msg('viewport-iframe-position', '1200 800 0 0 100 1200 1')],
    ['double spaces', msg('viewport-iframe-position', '1200  800 0 0 100 1200')],
    ['NaN', msg('viewport-iframe-position', '1200 NaN 0 0 100 1200')],
    ['markup', msg('viewport-iframe-position', '1200 800 0 0 100 <img src=x onerror=alert(1)>')],
    ['absurd numbers', msg('viewport-iframe-position', '1200 800 -1e9 0 100 1200')],
    ['zero viewport', msg('viewport-iframe-position', '0 800 0 0 100 1200')],
    ['bottom above top', msg('viewport-iframe-position', '1200 800 500 0 100 1200')],
    ['extra delimiter', `${msg('width', '768')}xPYMx1`],
    ['huge', msg('width', '7'.repeat(600))],
  ])('ignores %s', (_why, data) => {
    expect(parseParentMessage(data, ID)).toBeNull();
  });

  it('parsePosition wants exactly six numbers', () => {
    expect(parsePosition('1 1 0 0 0 0')).not.toBeNull();
    expect(parsePosition(' 1 1 0 0 0 0')).toBeNull();
  });
});
