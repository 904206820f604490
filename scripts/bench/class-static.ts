// The class host's own static server (app/class-host/static-server.ts) on a free port of 127.0.0.1, serving a
// folder: what a student's browser really talks to in class mode, for the join part of the benchmark (issue 15).
// Prints {"port":N} once listening; stops on SIGTERM. Run with `node --import tsx`.
import { createServer } from 'node:http';
import { serveStatic } from '../../app/class-host/static-server';

const root = process.argv[2];
if (!root) { console.error('usage: class-static.ts <folder>'); process.exit(2); }
const server = createServer((req, res) => serveStatic(root, req, res));
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log(JSON.stringify({ port: typeof a === 'object' && a ? a.port : 0 }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
