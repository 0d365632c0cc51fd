// Site URL and base path come from the environment so a newsroom can host the story under any path,
// e.g. BASE_PATH=/interactives/2026/ukraine-ceasefire/ SITE_URL=https://graphics.example.org npm run build
import { defineConfig } from 'astro/config';

const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || 'dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
