import { l as schemeStatus, t as combinesWithOf } from "./funding-finder_-zDxvNKF.mjs";
// site/lib/employer-open-data.ts
var orNull$1 = (v) => v ?? null;
var day = (iso) => iso.slice(0, 10);
/** The columns of the employer register, in export order. */
var employerColumns = [
	{
		name: "id",
		type: "id",
		description: "Vaste id van de werkgever in het register.",
		value: (e) => e.id
	},
	{
		name: "url",
		type: "url",
		description: "Pagina van de werkgever op Werkpad.",
		value: (e, c) => new URL(`/werkgevers/${e.id}/`, c.origin).href
	},
	{
		name: "name",
		type: "tekst",
		description: "Naam van het bedrijf.",
		value: (e) => e.name
	},
	{
		name: "kvk",
		type: "tekst",
		description: "KvK-nummer: precies 8 cijfers (voorloopnullen horen erbij).",
		value: (e) => e.kvk
	},
	{
		name: "website",
		type: "url",
		description: "Website van het bedrijf. Leeg: niet opgegeven.",
		value: (e) => orNull$1(e.website)
	},
	{
		name: "description",
		type: "tekst",
		description: "Wat het bedrijf doet en biedt, in de woorden van de werkgever. Leeg: niet opgegeven.",
		value: (e) => orNull$1(e.description)
	},
	{
		name: "regions",
		type: "id-lijst",
		description: "Arbeidsmarktregio's waar de werkgever plekken heeft (ids uit regions.json; landelijk = heel Nederland).",
		value: (e) => e.regions
	},
	{
		name: "sectors",
		type: "id-lijst",
		description: "Sectoren (ids uit sectors.json).",
		value: (e) => e.sectors
	},
	{
		name: "offers",
		type: "id-lijst",
		description: "Wat de werkgever aanbiedt (ids uit offers.json), bijvoorbeeld leerwerkplek, startbaan of taalbuddy.",
		value: (e) => e.offers
	},
	{
		name: "languageLevel",
		type: "tekst",
		description: "Minimaal gevraagd niveau Nederlands (ERK): A0 (nog geen Nederlands), A1, A2, B1, B2, C1 of C2.",
		value: (e) => e.languageLevel
	},
	{
		name: "educationLevel",
		type: "tekst",
		description: "Minimaal gevraagde opleiding (id uit education-levels.json). Leeg: geen eis.",
		value: (e) => orNull$1(e.educationLevel)
	},
	{
		name: "skills",
		type: "id-lijst",
		description: "Vaardigheden die de werkgever zoekt (ids uit skills.json).",
		value: (e) => e.skills
	},
	{
		name: "verifiedAt",
		type: "datum",
		description: "Dag waarop de werkgever de inschrijving voor het eerst bevestigde.",
		value: (e) => day(e.verifiedAt)
	},
	{
		name: "confirmedAt",
		type: "datum",
		description: "Dag waarop de werkgever voor het laatst bevestigde open te staan voor statushouders (elk jaar opnieuw).",
		value: (e) => day(e.confirmedAt)
	}
];
// site/lib/open-data.ts
/** How a column's values look; the documentation page shows the Dutch explanation. */
var columnTypes = {
	tekst: "Tekst.",
	"tekst-lijst": "Lijst van teksten. JSON: een array; CSV: de waarden gescheiden door |.",
	"getal-lijst": "Lijst van gehele getallen. JSON: een array; CSV: de getallen gescheiden door |.",
	id: "Vaste id (kleine letters, cijfers en streepjes); verandert nooit.",
	"id-lijst": "Lijst van vaste ids. JSON: een array; CSV: de ids gescheiden door |.",
	datum: "Datum als JJJJ-MM-DD.",
	url: "Volledig webadres (https).",
	"ja-nee": "JSON: true of false; CSV: true of false.",
	bronnen: "Bronnen. JSON: een array van objecten { title, publisher, date, url } (leeg veld: null); CSV: per bron \"titel; uitgever; datum; url\" (lege delen aan het eind weggelaten), bronnen gescheiden door |.",
	feiten: "Cijfers in de tekst, elk met wat het meet, de bron (titel) en de vindplaats in die bron. JSON: een array van objecten { value, measures, source, where }; CSV: per feit \"waarde; wat het meet; bron; vindplaats\", feiten gescheiden door |.",
	aanvraagperioden: "Aanvraagperioden. JSON: een array van objecten { opens, closes, note } (onbekend: null); CSV: per periode \"van/tot\" (ISO 8601, een open kant als ..), perioden gescheiden door |; de toelichting staat alleen in JSON."
};
/** `YYYY-MM-DD` of a date, in UTC (content dates are days without a time zone). */
function isoDay(date) {
	return date.toISOString().slice(0, 10);
}
var orNull = (v) => v ?? null;
var pageUrl = (ctx, path) => new URL(path, ctx.origin).href;
function sourcesOut(sources) {
	return sources.map((s) => ({
		title: s.title,
		publisher: s.publisher ?? null,
		date: s.date ? isoDay(s.date) : null,
		url: s.url ?? null
	}));
}
function factsOut(facts, sources) {
	return facts.map((f) => ({
		value: f.value,
		measures: f.measures,
		source: sources.find((s) => s.id === f.source)?.title ?? f.source,
		where: f.where
	}));
}
/** The columns of praktijkvoorbeelden, in export order. */
var practiceColumns = [
	{
		name: "id",
		type: "id",
		description: "Vaste id van het praktijkvoorbeeld.",
		value: (e) => e.id
	},
	{
		name: "url",
		type: "url",
		description: "Pagina van het praktijkvoorbeeld op Werkpad.",
		value: (e, c) => pageUrl(c, `/praktijkvoorbeelden/${e.id}/`)
	},
	{
		name: "title",
		type: "tekst",
		description: "Naam van het praktijkvoorbeeld.",
		value: (e) => e.data.title
	},
	{
		name: "summary",
		type: "tekst",
		description: "Korte samenvatting op taalniveau B1.",
		value: (e) => e.data.summary
	},
	{
		name: "organisations",
		type: "tekst-lijst",
		description: "Organisaties die het uitvoeren.",
		value: (e) => e.data.organisations
	},
	{
		name: "partners",
		type: "tekst-lijst",
		description: "Partners die meedoen.",
		value: (e) => e.data.partners
	},
	{
		name: "regions",
		type: "id-lijst",
		description: "Arbeidsmarktregio's waar het loopt (ids uit regions.json; landelijk = heel Nederland). Leeg: de bron noemt geen regio.",
		value: (e) => e.data.regions
	},
	{
		name: "sectors",
		type: "id-lijst",
		description: "Sectoren (ids uit sectors.json).",
		value: (e) => e.data.sectors
	},
	{
		name: "actionLines",
		type: "getal-lijst",
		description: "Actielijnen van het plan van aanpak 'Statushouders aan het werk' (1 tot en met 4).",
		value: (e) => e.data.actionLines
	},
	{
		name: "targetGroups",
		type: "id-lijst",
		description: "Doelgroepen (ids uit target-groups.json).",
		value: (e) => e.data.targetGroups
	},
	{
		name: "approaches",
		type: "id-lijst",
		description: "Aanpakken (ids uit approaches.json).",
		value: (e) => e.data.approaches
	},
	{
		name: "schemes",
		type: "id-lijst",
		description: "Gebruikte regelingen (ids uit de dataset regelingen).",
		value: (e) => e.data.schemes
	},
	{
		name: "lessons",
		type: "id-lijst",
		description: "Lessen waar dit voorbeeld aan bijdroeg (ids van lessen op Werkpad).",
		value: (e) => e.data.lessons
	},
	{
		name: "bottlenecks",
		type: "id-lijst",
		description: "Knelpunten die het aanpakt (ids van knelpunten op Werkpad).",
		value: (e) => e.data.bottlenecks
	},
	{
		name: "results",
		type: "tekst",
		description: "Resultaten zoals de bron ze noemt. Leeg: onbekend.",
		value: (e) => orNull(e.data.results)
	},
	{
		name: "status",
		type: "tekst",
		description: "pilot, lopend of afgerond. Leeg: onbekend.",
		value: (e) => orNull(e.data.status)
	},
	{
		name: "period",
		type: "tekst",
		description: "Looptijd zoals de bron die noemt, bijvoorbeeld \"sinds 2017\".",
		value: (e) => orNull(e.data.period)
	},
	{
		name: "evidence",
		type: "tekst",
		description: "Bewijskracht: beschreven, geevalueerd of effectief-onderzocht.",
		value: (e) => e.data.evidence
	},
	{
		name: "website",
		type: "url",
		description: "Website van het initiatief.",
		value: (e) => orNull(e.data.website)
	},
	{
		name: "origin",
		type: "tekst",
		description: "redactie (geschreven uit bronnen) of aanmelding (aangemeld door het initiatief zelf).",
		value: (e) => e.data.origin
	},
	{
		name: "sources",
		type: "bronnen",
		description: "Bronnen waaruit de gegevens komen.",
		value: (e) => sourcesOut(e.data.sources)
	},
	{
		name: "facts",
		type: "feiten",
		description: "Elk cijfer in de tekst met zijn bron en vindplaats.",
		value: (e) => factsOut(e.data.facts, e.data.sources)
	},
	{
		name: "lastVerified",
		type: "datum",
		description: "Datum waarop de gegevens voor het laatst met de bronnen zijn vergeleken.",
		value: (e) => isoDay(e.data.lastVerified)
	}
];
function windowsOut(windows) {
	return windows.map((w) => ({
		opens: w.opens ? isoDay(w.opens) : null,
		closes: w.closes ? isoDay(w.closes) : null,
		note: w.note ?? null
	}));
}
/** The columns of regelingen, in export order. */
var schemeColumns = [
	{
		name: "id",
		type: "id",
		description: "Vaste id van de regeling.",
		value: (e) => e.id
	},
	{
		name: "url",
		type: "url",
		description: "Pagina van de regeling op Werkpad.",
		value: (e, c) => pageUrl(c, `/regelingen/${e.id}/`)
	},
	{
		name: "name",
		type: "tekst",
		description: "Naam van de regeling.",
		value: (e) => e.data.name
	},
	{
		name: "summary",
		type: "tekst",
		description: "Korte samenvatting op taalniveau B1.",
		value: (e) => e.data.summary
	},
	{
		name: "financer",
		type: "tekst",
		description: "Wie betaalt. Leeg: de bron noemt het niet.",
		value: (e) => orNull(e.data.financer)
	},
	{
		name: "kind",
		type: "tekst",
		description: "Soort: subsidie, instrument of dienstverlening.",
		value: (e) => e.data.kind
	},
	{
		name: "applicants",
		type: "id-lijst",
		description: "Wie kan aanvragen: gemeente, werkgever, onderwijsinstelling, initiatief of statushouder.",
		value: (e) => e.data.applicants
	},
	{
		name: "paysFor",
		type: "id-lijst",
		description: "Waarvoor het betaalt: loonkosten, begeleiding, scholing, taal of leerwerktraject.",
		value: (e) => e.data.paysFor
	},
	{
		name: "targetGroups",
		type: "id-lijst",
		description: "Doelgroepen (ids uit target-groups.json).",
		value: (e) => e.data.targetGroups
	},
	{
		name: "regions",
		type: "id-lijst",
		description: "Gebied (ids uit regions.json; landelijk = heel Nederland).",
		value: (e) => e.data.regions
	},
	{
		name: "amount",
		type: "tekst",
		description: "Bedrag of budget precies zoals de bron het noemt. Leeg: onbekend.",
		value: (e) => orNull(e.data.amount)
	},
	{
		name: "windows",
		type: "aanvraagperioden",
		description: "Aanvraagperioden; begin- en einddag tellen mee.",
		value: (e) => windowsOut(e.data.windows)
	},
	{
		name: "ongoing",
		type: "ja-nee",
		description: "true: altijd te gebruiken, zonder aanvraagperiode.",
		value: (e) => e.data.ongoing
	},
	{
		name: "status",
		type: "tekst",
		description: "Status op statusDate, berekend uit de aanvraagperioden: open, gesloten, doorlopend, verwacht of onbekend.",
		value: (e, c) => schemeStatus(e.data.windows, e.data.ongoing, c.today)
	},
	{
		name: "statusDate",
		type: "datum",
		description: "Dag waarvoor de status is berekend (de dag van de laatste bouw van de site).",
		value: (_, c) => isoDay(c.today)
	},
	{
		name: "conditions",
		type: "tekst-lijst",
		description: "Voorwaarden zoals de bron ze noemt.",
		value: (e) => e.data.conditions
	},
	{
		name: "legalBasis",
		type: "tekst",
		description: "Wettelijke basis. Leeg: onbekend.",
		value: (e) => orNull(e.data.legalBasis)
	},
	{
		name: "combinesWith",
		type: "id-lijst",
		description: "Regelingen die voor één plaatsing te combineren zijn (ids; in beide richtingen: noemt A regeling B, dan staat A ook bij B).",
		value: (e) => combinesWithOf(e.all.map((s) => ({
			id: s.id,
			combinesWith: s.data.combinesWith
		})), e.id)
	},
	{
		name: "website",
		type: "url",
		description: "Website van de financier of de regeling.",
		value: (e) => orNull(e.data.website)
	},
	{
		name: "sources",
		type: "bronnen",
		description: "Bronnen waaruit de gegevens komen.",
		value: (e) => sourcesOut(e.data.sources)
	},
	{
		name: "facts",
		type: "feiten",
		description: "Elk cijfer in de tekst met zijn bron en vindplaats.",
		value: (e) => factsOut(e.data.facts, e.data.sources)
	},
	{
		name: "lastVerified",
		type: "datum",
		description: "Datum waarop de gegevens voor het laatst met de bronnen zijn vergeleken.",
		value: (e) => isoDay(e.data.lastVerified)
	}
];
/** The column documentation of both datasets, without the value functions: for a page or JSON. */
function columnDocumentation() {
	const doc = (columns) => columns.map(({ name, description, type }) => ({
		name,
		description,
		type
	}));
	return {
		types: Object.entries(columnTypes).map(([name, description]) => ({
			name,
			description
		})),
		datasets: [
			{
				name: "praktijkvoorbeelden",
				json: "/data/praktijkvoorbeelden.json",
				csv: "/data/praktijkvoorbeelden.csv",
				columns: doc(practiceColumns)
			},
			{
				name: "regelingen",
				json: "/data/regelingen.json",
				csv: "/data/regelingen.csv",
				columns: doc(schemeColumns)
			},
			{
				name: "werkgevers",
				json: "/data/werkgevers.json",
				csv: "/data/werkgevers.csv",
				columns: doc(employerColumns)
			}
		]
	};
}
/** Thrown when a value cannot be written to CSV without losing its meaning. */
var CsvValueError = class extends Error {
	name = "CsvValueError";
};
var LIST_SEPARATOR = "|";
function listItem(value, column) {
	if (value.includes(LIST_SEPARATOR)) throw new CsvValueError(`Kolom "${column}": de waarde "${value}" bevat "${LIST_SEPARATOR}", het scheidingsteken van lijsten in CSV`);
	return value;
}
/** The flat CSV text of one cell (before RFC 4180 quoting). */
function csvText(value, type, column) {
	if (value === null) return "";
	if (typeof value === "boolean" || typeof value === "number") return String(value);
	if (typeof value === "string") return value;
	if (type === "bronnen") return value.map((s) => {
		const parts = [
			s.title,
			s.publisher ?? "",
			s.date ?? "",
			s.url ?? ""
		];
		while (parts.at(-1) === "") parts.pop();
		return listItem(parts.join("; "), column);
	}).join(LIST_SEPARATOR);
	if (type === "feiten") return value.map((f) => listItem([
		f.value,
		f.measures,
		f.source,
		f.where
	].join("; "), column)).join(LIST_SEPARATOR);
	if (type === "aanvraagperioden") return value.map((w) => `${w.opens ?? ".."}/${w.closes ?? ".."}`).join(LIST_SEPARATOR);
	return value.map((v) => listItem(String(v), column)).join(LIST_SEPARATOR);
}
/** Quotes one field as RFC 4180 asks: only when needed, with inner quotes doubled. */
function csvField(text) {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, "\"\"")}"` : text;
}
/** A whole CSV file: BOM, header row, one record per item, every record ended by CRLF. */
function toCsv(columns, items, ctx) {
	return `﻿${[columns.map((c) => csvField(c.name)).join(","), ...items.map((item) => columns.map((c) => csvField(csvText(c.value(item, ctx), c.type, c.name))).join(","))].map((line) => `${line}\r\n`).join("")}`;
}
/** The JSON records: one object per item with the columns as keys, in column order. */
function toRecords(columns, items, ctx) {
	return items.map((item) => Object.fromEntries(columns.map((c) => [c.name, c.value(item, ctx)])));
}
/** A whole JSON file: what it is, when it was made, where the columns are explained, the items. */
function toJson(dataset, columns, items, ctx) {
	const body = {
		dataset,
		generated: isoDay(ctx.today),
		documentation: pageUrl(ctx, "/data/kolommen.json"),
		count: items.length,
		items: toRecords(columns, items, ctx)
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}
/** The scheme entries ready for export: each knows the whole list for `combinesWith`. */
function schemeExportEntries(schemes) {
	return schemes.map((s) => ({
		id: s.id,
		data: s.data,
		all: schemes
	}));
}
/** The Content-Type headers of the exports. */
var exportContentTypes = {
	json: "application/json; charset=utf-8",
	csv: "text/csv; charset=utf-8; header=present"
};
export { schemeExportEntries as a, employerColumns as c, schemeColumns as i, exportContentTypes as n, toCsv as o, practiceColumns as r, toJson as s, columnDocumentation as t };
