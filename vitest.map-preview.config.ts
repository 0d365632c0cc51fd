import { getViteConfig } from 'astro/config';
export default getViteConfig({ test: { include: ['tests/unit/map-zz-preview.test.ts'], environment: 'node' } } as any);
