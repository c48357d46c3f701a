import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as buildDate, y as schemes } from "./content_DNH6Nqmv.mjs";
import { a as schemeExportEntries, i as schemeColumns, n as exportContentTypes, s as toJson } from "./open-data_BYj503cF.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/data/regelingen.json.ts
var regelingen_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Every regeling as JSON, with its status on the build day; columns documented at /data/kolommen.json. */
var GET = ({ site }) => new Response(toJson("regelingen", schemeColumns, schemeExportEntries(schemes), {
	origin: siteOrigin(site),
	today: buildDate
}), { headers: { "content-type": exportContentTypes.json } });
// \0virtual:astro:page:site/pages/data/regelingen.json@_@ts
var page = () => regelingen_json_exports;
export { page };
