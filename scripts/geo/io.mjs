// Deterministic JSON out, sizes in. Byte-identical output on every run is what lets a test compare the
// committed files with a fresh build, so nothing here may depend on insertion order or float noise.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DECIMALS } from './config.mjs';

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** A number as written: integers as they are, others rounded to DECIMALS places; never "-0". */
export function formatNumber(n) {
  if (!Number.isFinite(n)) throw new Error(`cannot write non-finite number ${n}`);
  if (Number.isInteger(n)) return String(n === 0 ? 0 : n);
  const r = Number(n.toFixed(DECIMALS));
  return String(r === 0 ? 0 : r);
}

/**
 * JSON with object keys sorted and numbers at fixed precision. `indent` only for small human-read files;
 * TopoJSON is written compact. `undefined` members are skipped like JSON.stringify does.
 */
export function stableStringify(value, indent = 0) {
  const pad = (depth) => (indent ? '\n' + ' '.repeat(indent * depth) : '');
  const walk = (v, depth) => {
    if (v === null) return 'null';
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      // Arrays of numbers (coordinates, arcs' points) stay on one line even in indented output.
      const flat = indent && v.every((x) => typeof x === 'number');
      const items = v.map((x) => walk(x, depth + 1));
      return flat || !indent
        ? `[${items.join(',')}]`
        : `[${items.map((s) => pad(depth + 1) + s).join(',')}${pad(depth)}]`;
    }
    if (typeof v === 'object') {
      const keys = Object.keys(v)
        .filter((k) => v[k] !== undefined)
        .sort();
      if (keys.length === 0) return '{}';
      const sep = indent ? ': ' : ':';
      const items = keys.map((k) => `${pad(depth + 1)}${JSON.stringify(k)}${sep}${walk(v[k], depth + 1)}`);
      return `{${items.join(',')}${pad(depth)}}`;
    }
    throw new Error(`cannot write value of type ${typeof v}`);
  };
  return walk(value, 0) + '\n';
}

export function writeJson(dir, name, value, indent = 0) {
  fs.mkdirSync(dir, { recursive: true });
  const text = stableStringify(value, indent);
  fs.writeFileSync(path.join(dir, name), text);
  return text;
}

/** gzip at zlib's default level (6), what common static hosts use; level 9 saves only ~1 %. */
export function gzipSize(text) {
  return zlib.gzipSync(Buffer.from(text)).length;
}
