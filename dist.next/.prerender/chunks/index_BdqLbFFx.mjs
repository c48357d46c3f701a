import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { E as unescapeHTML, c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { h as sectors, n as actionLines, p as regions, s as labelOf } from "./taxonomy_fc_Y_2Gn.mjs";
import { d as schemeStatuses, l as schemeStatus, u as schemeStatusLabels } from "./funding-finder_-zDxvNKF.mjs";
import { t as xmlText } from "./xml_DAT5zc9W.mjs";
import { n as buildDate, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { i as facetPath, o as practiceFacets, s as schemeFacets } from "./facets_jluXo2k0.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/lib/charts.ts
/** The id of the row that counts entries whose sources name no value. */
var unknownRowId = "onbekend";
var unknownLabel = "Onbekend (de bron noemt het niet)";
function tally(items, keys) {
	const counts = /* @__PURE__ */ new Map();
	for (const item of items) {
		const ids = new Set(keys(item).map(String));
		if (ids.size === 0) ids.add(unknownRowId);
		for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}
function byValue(rows) {
	return [...rows.filter((r) => r.id !== unknownRowId).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "nl")), ...rows.filter((r) => r.id === unknownRowId)];
}
function rowsOf(counts, label) {
	return [...counts].map(([id, value]) => ({
		id,
		label: id === "onbekend" ? unknownLabel : label(id),
		value
	}));
}
/** Practices per sector, largest first; a practice in two sectors counts in both. */
function practicesPerSector(practices) {
	return byValue(rowsOf(tally(practices, (p) => p.sectors), (id) => labelOf(sectors, id)));
}
/** Practices per region (including `landelijk`), largest first; a practice in two regions counts in both. */
function practicesPerRegion(practices) {
	return byValue(rowsOf(tally(practices, (p) => p.regions), (id) => labelOf(regions, id)));
}
/** Practices per action line of the national plan, all four in their own order, zero included. */
function practicesPerActionLine(practices) {
	const counts = tally(practices, (p) => p.actionLines);
	const rows = actionLines.map((line) => ({
		id: String(line.id),
		label: `${line.id}. ${line.label.nl}`,
		value: counts.get(String(line.id)) ?? 0
	}));
	const unknown = counts.get(unknownRowId);
	return unknown ? [...rows, {
		id: unknownRowId,
		label: unknownLabel,
		value: unknown
	}] : rows;
}
/** Schemes per status on `today`, every status in its fixed order, zero included. */
function schemesByStatus(schemes, today) {
	const counts = /* @__PURE__ */ new Map();
	for (const s of schemes) {
		const status = schemeStatus(s.windows, s.ongoing, today);
		counts.set(status, (counts.get(status) ?? 0) + 1);
	}
	return schemeStatuses.map((status) => ({
		id: status,
		label: schemeStatusLabels[status],
		value: counts.get(status) ?? 0
	}));
}
var layout = {
	width: 400,
	fontSize: 16,
	lineHeight: 20,
	barHeight: 22,
	gapLabelBar: 6,
	gapRows: 18,
	valueSpace: 48,
	charWidth: .56,
	barColour: "#154273",
	textColour: "#1b1b1b",
	trackColour: "#8a8a8a"
};
/** Splits a label into lines of at most `max` characters, at spaces. */
function wrapLabel(label, max) {
	const lines = [];
	let line = "";
	for (const word of label.split(/\s+/).filter(Boolean)) if (line && `${line} ${word}`.length > max) {
		lines.push(line);
		line = word;
	} else line = line ? `${line} ${word}` : word;
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [""];
}
var numberNl = new Intl.NumberFormat("nl-NL");
/** The <desc> sentence: the explanation, then every label with its value. */
function chartSummary(description, rows) {
	if (rows.length === 0) return `${description} Er zijn geen gegevens.`;
	return `${description} ${rows.map((r) => `${r.label}: ${numberNl.format(r.value)}`).join("; ")}.`;
}
/**
* Draws a horizontal bar chart as an SVG string. Bars are scaled to the largest value; every bar
* carries its value as text, so the chart never depends on colour or length alone.
*/
function barChart(input) {
	if (!/^[a-z][a-z0-9-]*$/.test(input.id)) throw new Error(`barChart: id "${input.id}" moet beginnen met een letter en alleen kleine letters, cijfers en streepjes hebben`);
	const titleId = `${input.id}-titel`;
	const descId = `${input.id}-beschrijving`;
	const summary = chartSummary(input.description, input.rows);
	const { width, fontSize, lineHeight, barHeight, gapLabelBar, gapRows, valueSpace } = layout;
	const maxChars = Math.floor(width / (fontSize * layout.charWidth));
	const max = Math.max(0, ...input.rows.map((r) => r.value));
	const barSpace = width - valueSpace;
	const parts = [];
	let y = 0;
	for (const row of input.rows) {
		const lines = wrapLabel(row.label, maxChars);
		const tspans = lines.map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : lineHeight}">${xmlText(line)}</tspan>`).join("");
		const labelY = y + fontSize;
		const barY = y + lines.length * lineHeight + gapLabelBar;
		const barWidth = max === 0 || row.value === 0 ? 0 : Math.max(3, Math.round(row.value / max * barSpace));
		const valueX = barWidth + 8;
		parts.push(`<g class="bar-chart__row" data-id="${xmlText(row.id)}"><text class="bar-chart__label" x="0" y="${labelY}" font-size="${fontSize}" fill="${layout.textColour}">${tspans}</text><line class="bar-chart__axis" x1="0.5" x2="0.5" y1="${barY}" y2="${barY + barHeight}" stroke="${layout.trackColour}" stroke-width="1"/>` + (barWidth > 0 ? `<rect class="bar-chart__bar" x="0" y="${barY}" width="${barWidth}" height="${barHeight}" fill="${layout.barColour}"/>` : "") + `<text class="bar-chart__value" x="${valueX}" y="${barY + barHeight / 2}" dominant-baseline="central" font-size="${fontSize}" font-weight="700" fill="${layout.textColour}">${numberNl.format(row.value)}</text></g>`);
		y = barY + barHeight + gapRows;
	}
	if (input.rows.length === 0) {
		parts.push(`<text x="0" y="${fontSize}" font-size="${fontSize}" fill="${layout.textColour}">Geen gegevens</text>`);
		y = fontSize + gapRows;
	}
	const height = Math.max(1, y - gapRows);
	return {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" aria-labelledby="${titleId} ${descId}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title id="${titleId}">${xmlText(input.title)}</title><desc id="${descId}">${xmlText(summary)}</desc>` + parts.join("") + `</svg>`,
		titleId,
		descId,
		rows: input.rows,
		summary
	};
}
// site/pages/[...lang]/in-cijfers/index.astro
var in_cijfers_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(fullSiteLangs);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	const label = (key, collection) => {
		const def = (collection === "praktijkvoorbeelden" ? practiceFacets : schemeFacets).find((d) => d.key === key);
		const unknown = (row) => row.id === "onbekend" && key !== "status";
		return (row) => ({
			...row,
			label: unknown(row) ? tr("figures.unknown") : def.label(row.id, lang),
			href: unknown(row) || row.value === 0 ? void 0 : localizePath(lang, facetPath(collection, key, row.id))
		});
	};
	const practiceData = practices.map((p) => p.data);
	const charts = [
		{
			id: "per-sector",
			key: "perSector",
			facet: "sector",
			rows: practicesPerSector(practiceData).map(label("sector", "praktijkvoorbeelden"))
		},
		{
			id: "per-actielijn",
			key: "perActionLine",
			facet: "actielijn",
			rows: practicesPerActionLine(practiceData).map(label("actielijn", "praktijkvoorbeelden"))
		},
		{
			id: "per-regio",
			key: "perRegion",
			facet: "regio",
			rows: practicesPerRegion(practiceData).map(label("regio", "praktijkvoorbeelden"))
		},
		{
			id: "per-status",
			key: "byStatus",
			facet: "status",
			rows: schemesByStatus(schemes.map((s) => s.data), buildDate).map(label("status", "regelingen"))
		}
	].map((c) => {
		const title = tr(`figures.${c.key}.title`);
		const chart = barChart({
			id: c.id,
			title,
			description: tr(`figures.${c.key}.description`),
			rows: c.rows
		});
		return {
			...c,
			title,
			chart,
			legend: tr(`facets.${c.facet}`)
		};
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("figures.title"),
		"description": tr("figures.description"),
		"lang": lang,
		"path": "/in-cijfers/",
		"langs": fullSiteLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: tr("figures.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("figures.title")}</h1> <p class="lead">${tr("figures.lead", {
		practices: practices.length,
		schemes: schemes.length
	})}</p> <p class="meta-line">${tr("figures.counted", { date: formatDate(buildDate, lang) })}</p> ${charts.map((c) => renderTemplate`<section class="chart-section"${addAttribute(`${c.id}-kop`, "aria-labelledby")}> <h2${addAttribute(`${c.id}-kop`, "id")} class="utrecht-heading-2">${c.title}</h2> ${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(c.chart.svg)}` })} <div class="table-scroll"> <table class="utrecht-table utrecht-table--html-table chart-table"${addAttribute(`${c.id}-tabel`, "id")}> <caption class="utrecht-table__caption">${tr("figures.table.caption", { title: c.title })}</caption> <thead class="utrecht-table__header"> <tr class="utrecht-table__row"> <th class="utrecht-table__header-cell" scope="col">${c.legend}</th> <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">${tr("figures.table.count")}</th> </tr> </thead> <tbody class="utrecht-table__body"> ${c.rows.map((row) => renderTemplate`<tr class="utrecht-table__row"${addAttribute(row.id, "data-id")}> <th class="utrecht-table__header-cell" scope="row">${row.href ? renderTemplate`<a class="utrecht-link"${addAttribute(row.href, "href")}>${row.label}</a>` : row.label}</th> <td class="utrecht-table__cell utrecht-table__cell--numeric-data">${row.value}</td> </tr>`)} </tbody> </table> </div> </section>`)}` })}`;
}, "/work/main/site/pages/[...lang]/in-cijfers/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/in-cijfers/index.astro";
var $$url = "/[...lang]/in-cijfers";
// \0virtual:astro:page:site/pages/[...lang]/in-cijfers/index@_@astro
var page = () => in_cijfers_exports;
export { page };
