import { createServer } from 'node:net';

/**
 * Tries to bind `host:port` and releases it at once. Resolves null when the port can be bound, otherwise the
 * errno code (`EADDRINUSE`: something listens there; `EACCES`: a privileged port for a non-root user).
 */
export function portBindError(port: number, host = '127.0.0.1'): Promise<string | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'EUNKNOWN'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

/** A port the OS considers free right now (bind to port 0 and give it back). */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
