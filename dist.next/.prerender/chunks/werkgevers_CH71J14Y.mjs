import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as employerColumns, n as exportContentTypes, o as toCsv } from "./open-data_BYj503cF.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/data/werkgevers.csv.ts
var werkgevers_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** The register of employers as CSV (RFC 4180, UTF-8 with BOM; company data only); columns documented at /data/kolommen.json. */
var GET = async ({ site }) => new Response(toCsv(employerColumns, await publishedEmployers(), {
	origin: siteOrigin(site),
	today: /* @__PURE__ */ new Date()
}), { headers: { "content-type": exportContentTypes.csv } });
// \0virtual:astro:page:site/pages/data/werkgevers.csv@_@ts
var page = () => werkgevers_csv_exports;
export { page };
