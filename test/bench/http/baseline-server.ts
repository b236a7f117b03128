/** The bench's baseline: a bare hono app on @hono/node-server answering 2 KB of JSON (PORT from env). */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const items = Array.from({ length: 20 }, (_, i) => ({ id: `thu-tuc-${i}`, name: 'x'.repeat(70) }));
const app = new Hono().get('/', (c) => c.json({ total: items.length, items }));
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () =>
  console.log('Ready'),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
