// Renders .astro components to HTML strings in Vitest through Astro's container API. A Vite dev server in
// middleware mode compiles the components, so render tests see exactly what the build would emit.
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';

/** Registers the server's setup and teardown in the calling test file; returns `render(path, props)`. */
export function useAstroRenderer(name: string): (path: string, props: Record<string, unknown>) => Promise<string> {
  let server: ViteDevServer;
  let container: AstroContainer;
  const cacheDir = mkdtempSync(join(tmpdir(), `${name}-render-`));

  beforeAll(async () => {
    const config = await (
      getViteConfig({}) as (env: { command: 'serve'; mode: string }) => Promise<Record<string, unknown>>
    )({ command: 'serve', mode: 'test' });
    server = await createServer({
      ...config,
      configFile: false,
      cacheDir,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    container = await AstroContainer.create();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  return async (path, props) => {
    const mod = await server.ssrLoadModule(path);
    return container.renderToString(mod.default, { props });
  };
}
