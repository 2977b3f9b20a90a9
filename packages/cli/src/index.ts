/** What other workspaces (the browser tests) use of the CLI: where the web app is built and whether it is stale. */
export { WEB_DIST, WEB_ROOT } from './paths';
export { ensureWebBuild, webBuildIsStale } from './web-build';
