import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as buildDate, v as practices } from "./content_DNH6Nqmv.mjs";
import { n as exportContentTypes, o as toCsv, r as practiceColumns } from "./open-data_BYj503cF.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/data/praktijkvoorbeelden.csv.ts
var praktijkvoorbeelden_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Every praktijkvoorbeeld as CSV (RFC 4180, UTF-8 with BOM); columns documented at /data/kolommen.json. */
var GET = ({ site }) => new Response(toCsv(practiceColumns, practices, {
	origin: siteOrigin(site),
	today: buildDate
}), { headers: { "content-type": exportContentTypes.csv } });
// \0virtual:astro:page:site/pages/data/praktijkvoorbeelden.csv@_@ts
var page = () => praktijkvoorbeelden_csv_exports;
export { page };
