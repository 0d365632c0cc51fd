import { createStaticServer } from './tests/support/static-server.ts';
const s = await createStaticServer('/tmp/dist-map', '/', 4400);
console.log(s.url);
