/**
 * The built site the tests read: `dist/`, or the folder `WERKPAD_OUT_DIR` names (the same variable
 * that moves Astro's `outDir`), so a developer can build and test a second copy beside the first.
 */
export const builtSiteDir: string = process.env.WERKPAD_OUT_DIR ?? 'dist';
