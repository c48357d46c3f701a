import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as employerColumns, n as exportContentTypes, s as toJson } from "./open-data_BYj503cF.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/data/werkgevers.json.ts
var werkgevers_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** The register of employers as JSON (company data only); columns documented at /data/kolommen.json. */
var GET = async ({ site }) => new Response(toJson("werkgevers", employerColumns, await publishedEmployers(), {
	origin: siteOrigin(site),
	today: /* @__PURE__ */ new Date()
}), { headers: { "content-type": exportContentTypes.json } });
// \0virtual:astro:page:site/pages/data/werkgevers.json@_@ts
var page = () => werkgevers_json_exports;
export { page };
