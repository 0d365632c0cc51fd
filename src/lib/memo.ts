/** Lazily computes once and keeps the value; shared results, so callers must not mutate what they get. */
export function memo<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
