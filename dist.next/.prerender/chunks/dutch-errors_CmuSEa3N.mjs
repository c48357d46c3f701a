import { n as bilingualPattern, t as bilingual } from "./messages_DhJMH1nJ.mjs";
// functions/contracts/dutch-errors.ts
var UNITS = {
	tekens: ["character", "characters"],
	keuzes: ["choice", "choices"]
};
var sizeUnit = (origin, n) => origin === "string" ? `${n} tekens` : origin === "array" || origin === "set" ? `${n} keuzes` : String(n);
/** The fallback messages; schemas that name the same problem use these rather than their own wording. */
var fallbackMessages = {
	required: bilingual("vul dit veld in", "fill in this field"),
	integer: bilingual("gebruik een geheel getal", "use a whole number"),
	wrongType: bilingual("dit veld heeft een verkeerd soort waarde", "this field has the wrong kind of value"),
	format: bilingual("de vorm van deze waarde klopt niet", "the form of this value is not right"),
	value: bilingual("kies een van de mogelijke waarden", "choose one of the possible values"),
	unknownKey: bilingual("dit veld kennen we niet", "we do not recognise this field"),
	other: bilingual("deze waarde klopt niet", "this value is not right")
};
var SIZE = /(\S+?)(?: (tekens|keuzes))?/.source;
var sizeInEnglish = (n, unit) => unit === "" ? n : `${n} ${UNITS[unit][n === "1" ? 0 : 1]}`;
bilingualPattern(new RegExp(`te klein of te kort: minstens ${SIZE}`), (n, unit) => `too small or too short: at least ${sizeInEnglish(n, unit)}`);
bilingualPattern(new RegExp(`te groot of te lang: hooguit ${SIZE}`), (n, unit) => `too big or too long: at most ${sizeInEnglish(n, unit)}`);
/** A zod error map in plain Dutch; schema-level messages still win over it. */
var dutchErrorMap = (issue) => {
	switch (issue.code) {
		case "invalid_type":
			if (issue.input === void 0) return fallbackMessages.required;
			return issue.expected === "int" ? fallbackMessages.integer : fallbackMessages.wrongType;
		case "too_small": return `te klein of te kort: minstens ${sizeUnit(issue.origin, issue.minimum)}`;
		case "too_big": return `te groot of te lang: hooguit ${sizeUnit(issue.origin, issue.maximum)}`;
		case "invalid_format": return fallbackMessages.format;
		case "invalid_value": return fallbackMessages.value;
		case "unrecognized_keys": return fallbackMessages.unknownKey;
		default: return fallbackMessages.other;
	}
};
export { fallbackMessages as n, dutchErrorMap as t };
