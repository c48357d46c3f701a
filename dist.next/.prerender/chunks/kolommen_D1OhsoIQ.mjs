import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as exportContentTypes, t as columnDocumentation } from "./open-data_BYj503cF.mjs";
// site/pages/data/kolommen.json.ts
var kolommen_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** The documented columns of the open-data exports. */
var GET = () => new Response(`${JSON.stringify(columnDocumentation(), null, 2)}\n`, { headers: { "content-type": exportContentTypes.json } });
// \0virtual:astro:page:site/pages/data/kolommen.json@_@ts
var page = () => kolommen_json_exports;
export { page };
