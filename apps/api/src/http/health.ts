import type { RequestHandler } from 'express';
import type { AppServices } from '../graphql/context';

/** 200 only when the database answers within 2 s; load balancers and `npm start` poll it. */
export function healthRoute(services: AppServices): RequestHandler {
  return async (_req, res) => {
    try {
      await Promise.race([
        services.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000).unref()),
      ]);
      res.status(200).json({ status: 'ok' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: (err as Error).message });
    }
  };
}
