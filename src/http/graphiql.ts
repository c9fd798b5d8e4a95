import { join } from 'node:path';
import { getDistDirectory, renderAltair } from 'altair-static';
import express, { type Router } from 'express';

/** A bundled GraphQL IDE (Altair) served from node_modules: it loads nothing from the internet. */
export function graphiqlRouter(): Router {
  const router = express.Router();
  router.use('/graphiql/assets', express.static(getDistDirectory()));
  // Browsers ask for /favicon.ico on their own, whatever the page links to.
  router.get('/favicon.ico', (_req, res) => res.sendFile(join(getDistDirectory(), 'favicon.ico')));
  router.get('/graphql', (req, res, next) => {
    if (!req.accepts('html') || req.accepts(['json', 'html']) === 'json') return next();
    res.type('html').send(
      renderAltair({
        baseURL: '/graphiql/assets/',
        endpointURL: '/graphql',
        subscriptionsEndpoint: `ws://${req.headers.host ?? 'localhost'}/graphql`,
        initialSubscriptionRequestHandlerId: 'graphql-ws',
        disableAccount: true,
      }),
    );
  });
  return router;
}
