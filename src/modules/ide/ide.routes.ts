import path from 'node:path';

import type { RequestHandler, Router } from 'express';
import express from 'express';

import { IDE_ASSETS_PATH, idePage } from './ide.page';

// Everything the page loads comes from this server: a browser with no internet (or a strict
// network policy) still gets the whole IDE. Ruru needs inline scripts and blob workers.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
].join('; ');

const page: RequestHandler = (request, response) => {
  const example = typeof request.query.example === 'string' ? request.query.example : undefined;
  response
    .status(200)
    .setHeader('content-security-policy', CONTENT_SECURITY_POLICY)
    .setHeader('cache-control', 'no-cache')
    .type('html')
    .send(idePage(example));
};

/** GET / (the IDE) and its static files under /ide-assets/. */
export function ideRouter(): Router {
  const router = express.Router();
  router.get('/', page);
  // The ruru package ships its built files (scripts, workers, styles, font) in static/.
  router.use(
    IDE_ASSETS_PATH,
    express.static(path.join(path.dirname(require.resolve('ruru/server')), '..', 'static'), {
      index: false,
      maxAge: '1h',
    }),
  );
  return router;
}

/** A browser opening /graphql itself (no query) is sent to the IDE; API clients are not affected. */
export const ideRedirect: RequestHandler = (request, response, next) => {
  if (
    request.method === 'GET' &&
    request.query.query === undefined &&
    request.accepts(['application/graphql-response+json', 'application/json', 'text/html']) ===
      'text/html'
  ) {
    response.redirect(302, '/');
    return;
  }
  next();
};
