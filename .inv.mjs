import { camera } from './src/lib/geo/cameras.ts';
import { projection } from './src/lib/geo/projection.ts';
const [cam, px, py] = [process.argv[2], +process.argv[3], +process.argv[4]];
const c = camera(cam);
console.log(projection().invert([(px * 10 - c.x) / c.k, (py * 10 - c.y) / c.k]));
