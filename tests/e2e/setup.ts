// Serves the built site (dist/, or OUT_DIR) on loopback for the browser tests, and shares its URL.
import { existsSync } from 'node:fs';
import { createStaticServer, type StaticServer } from '../support/static-server.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = process.env.OUT_DIR || 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run npm run build first (npm test does).`);
  server = await createStaticServer(root, process.env.BASE_PATH || '/');
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
