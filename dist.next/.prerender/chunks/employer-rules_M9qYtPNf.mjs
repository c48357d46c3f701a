import "./employer_BjXkeUdf.mjs";
// functions/domain/employer-rules.ts
var DAY_MS = 864e5;
/** `at` plus whole UTC calendar months (31 January + 1 month is 3 March, as `Date` counts). */
function addMonths(at, months) {
	const d = new Date(at.getTime());
	d.setUTCMonth(d.getUTCMonth() + months);
	return d;
}
/** `at` plus days. */
function addDays(at, days) {
	return new Date(at.getTime() + days * DAY_MS);
}
/** True when the entry is in the public register (and in matching). */
function isVisible(e) {
	return e.status === "verified";
}
/**
* When the upkeep must next look at a verified entry: 12 months after its confirmation, or, once
* the 'still open' mail went, 30 days after that. The repository sorts the verified entries by it,
* so the upkeep reads exactly the entries that are due (a keyed query, never the whole register).
*/
function freshnessDueAt(e) {
	if (e.remindedAt !== void 0) return addDays(new Date(e.remindedAt), 30);
	return addMonths(new Date(e.confirmedAt ?? e.statusChangedAt), 12);
}
/** The entry as the public sees it: company data only. Undefined unless it is in the register. */
function toPublicEmployer(e) {
	if (!isVisible(e) || e.verifiedAt === void 0) return void 0;
	const { name, kvk, website, description, regions, sectors, offers, languageLevel, educationLevel, skills } = e.employer;
	return {
		id: e.id,
		name,
		kvk,
		...website === void 0 ? {} : { website },
		...description === void 0 ? {} : { description },
		regions,
		sectors,
		offers,
		languageLevel,
		...educationLevel === void 0 ? {} : { educationLevel },
		skills: skills ?? [],
		verifiedAt: e.verifiedAt,
		confirmedAt: e.confirmedAt ?? e.verifiedAt
	};
}
var LEVELS = [
	"A0",
	"A1",
	"A2",
	"B1",
	"B2",
	"C1",
	"C2"
];
/** The CEFR levels up to and including `level`: the employers asking at most that are within reach. */
function levelsUpTo(level) {
	return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}
/**
* True when a public employer passes the register's filters. One rule for the API, the static
* pages and the browser: `region` also matches employers that work nationwide (`landelijk`);
* `languageLevel` keeps the employers that ask at most that level; `sector` and `offer` match a
* value in the list.
*/
function employerMatchesFilter(e, filter) {
	if (filter.region !== void 0 && !e.regions.includes(filter.region) && !e.regions.includes("landelijk")) return false;
	if (filter.sector !== void 0 && !e.sectors.includes(filter.sector)) return false;
	if (filter.offer !== void 0 && !e.offers.includes(filter.offer)) return false;
	if (filter.languageLevel !== void 0 && !levelsUpTo(filter.languageLevel).includes(e.languageLevel)) return false;
	return true;
}
export { isVisible as a, freshnessDueAt as i, addMonths as n, levelsUpTo as o, employerMatchesFilter as r, toPublicEmployer as s, addDays as t };
