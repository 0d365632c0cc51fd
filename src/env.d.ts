/// <reference types="astro/client" />

// tsc (TypeScript 7) cannot read .astro files; .astro components are type-checked by the build. This lets the
// few .ts modules that import components compile.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
