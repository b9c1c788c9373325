// The HTTP edge: the web UI and the JSON API over the store, as a Hono app and a server to run it.
export { createApp, CONTENT_SECURITY_POLICY, type AppOptions } from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export { MIN_TOKEN_LENGTH } from './thresholds.ts';
export * from './api-schemas.ts';
