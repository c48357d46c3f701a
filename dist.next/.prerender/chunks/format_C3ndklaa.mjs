// site/lib/format.ts
/** Formats a date the Dutch way: 11 juli 2024. */
function formatDate(date, lang = "nl") {
	return new Intl.DateTimeFormat(lang, {
		day: "numeric",
		month: "long",
		year: "numeric",
		timeZone: "UTC"
	}).format(date);
}
export { formatDate as t };
