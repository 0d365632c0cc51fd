// Shared checks for the chart scenes' parameters. A step's params come from hand-written YAML, so every check
// names the parameter and lists what is allowed: the build error then tells the editor exactly what to fix.
import type { SceneParams } from '../../scenes/types.ts';

type ParamValue = SceneParams[string];

/** Throws if `params` has a key the scene does not read (a typo such as `snapshots:` would otherwise be ignored). */
export function assertKnownParams(scene: string, params: SceneParams, known: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (!known.includes(key)) {
      throw new Error(`${scene}: unknown param "${key}"; allowed params: ${known.join(', ')}`);
    }
  }
}

/**
 * One value out of a closed list. YAML turns `range: 2025` into a number, so numbers are compared as strings.
 * `fallback` is used when the param is absent.
 */
export function oneOf<T extends string>(
  scene: string,
  name: string,
  value: ParamValue | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback;
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text === 'string' && (allowed as readonly string[]).includes(text)) return text as T;
  throw new Error(`${scene}: param "${name}" is ${JSON.stringify(value)}; allowed values: ${allowed.join(', ')}`);
}

/** A list of strings, each matching `pattern`; a single string counts as a list of one. */
export function listOf(
  scene: string,
  name: string,
  value: ParamValue | undefined,
  pattern: RegExp,
  describe: string
): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    throw new Error(`${scene}: param "${name}" is ${JSON.stringify(value)}; allowed values: a list of ${describe}`);
  }
  for (const item of list) {
    if (!pattern.test(item)) {
      throw new Error(`${scene}: param "${name}" has ${JSON.stringify(item)}; allowed values: ${describe}`);
    }
  }
  // Sorted and de-duplicated so equal params give identical states (deterministic output, stable snapshots).
  return [...new Set(list)].sort();
}
