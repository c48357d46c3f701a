import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as buildDate, y as schemes } from "./content_DNH6Nqmv.mjs";
import { a as schemeExportEntries, i as schemeColumns, n as exportContentTypes, o as toCsv } from "./open-data_BYj503cF.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/data/regelingen.csv.ts
var regelingen_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Every regeling as CSV (RFC 4180, UTF-8 with BOM), with its status on the build day. */
var GET = ({ site }) => new Response(toCsv(schemeColumns, schemeExportEntries(schemes), {
	origin: siteOrigin(site),
	today: buildDate
}), { headers: { "content-type": exportContentTypes.csv } });
// \0virtual:astro:page:site/pages/data/regelingen.csv@_@ts
var page = () => regelingen_csv_exports;
export { page };
