import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/** web/dist, built by `npm run build:web` (run by `npm install` through `prepare`). Same path from src/ and dist/. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

// Paths that belong to the API or to operations: never answered with the dashboard's index.html.
const NOT_DASHBOARD = /^\/(graphql|graphiql|ocpp|healthz|readyz|metrics|export|oauth|\.well-known)(\/|$)/;

/**
 * The dashboard at `/`: its built files, and index.html for any other GET that asks for HTML
 * (a reload on /chargers/DEMO-0001 must land in the single-page app, not on a 404).
 */
export function dashboardRouter(dir = DASHBOARD_DIR): Router {
  const router = express.Router();
  // Hashed file names under assets/ never change content: cache them for a year; index.html never.
  router.use('/assets', express.static(`${dir}/assets`, { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(dir, { index: false }));
  router.get(/.*/, (req, res, next) => {
    if (NOT_DASHBOARD.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(`${dir}/index.html`)) {
      res
        .status(503)
        .type('text')
        .send('The dashboard is not built. Run `npm run build:web` (npm install does it) and reload.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile('index.html', { root: dir });
  });
  return router;
}
