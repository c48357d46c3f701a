/**
 * `react-dom/server` in the Lambda bundles: Preact's static renderer behind React's name. The
 * handlers only call `renderToStaticMarkup` on views from `ui/` (no hydration, no streaming);
 * `test/unit/lambda-renderer.test.ts` checks that both renderers give the same HTML for each view.
 */
export { renderToStaticMarkup } from 'preact-render-to-string';
