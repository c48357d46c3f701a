import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as buildDate, v as practices } from "./content_DNH6Nqmv.mjs";
import { n as exportContentTypes, r as practiceColumns, s as toJson } from "./open-data_BYj503cF.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
// site/pages/data/praktijkvoorbeelden.json.ts
var praktijkvoorbeelden_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Every praktijkvoorbeeld as JSON; columns documented at /data/kolommen.json. */
var GET = ({ site }) => new Response(toJson("praktijkvoorbeelden", practiceColumns, practices, {
	origin: siteOrigin(site),
	today: buildDate
}), { headers: { "content-type": exportContentTypes.json } });
// \0virtual:astro:page:site/pages/data/praktijkvoorbeelden.json@_@ts
var page = () => praktijkvoorbeelden_json_exports;
export { page };
