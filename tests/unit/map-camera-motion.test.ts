// The client's camera-move helper: which stroke scale it holds while a camera moves (map.css --ik).
import { describe, expect, it } from 'vitest';
import { movingStrokeScale, parseZoom } from '../../src/client/camera-motion.ts';

describe('camera motion', () => {
  const zoom = parseZoom('europe:1 ukraine-region:2.5 ukraine:4 bad broken:x');
  it('reads the zoom list the renderer writes, skipping malformed pairs', () => {
    expect([...zoom]).toEqual([
      ['europe', 1],
      ['ukraine-region', 2.5],
      ['ukraine', 4],
    ]);
  });
  it('holds the old zoom on a zoom-out, so lines never start thick', () => {
    expect(movingStrokeScale(zoom, 'ukraine', 'europe')).toBe(0.25);
  });
  it('lets the new camera’s own scale apply on a zoom-in or an unknown camera', () => {
    expect(movingStrokeScale(zoom, 'europe', 'ukraine')).toBeUndefined();
    expect(movingStrokeScale(zoom, undefined, 'ukraine')).toBeUndefined();
    expect(movingStrokeScale(zoom, 'ukraine', 'donbas')).toBeUndefined();
  });
});
