// functions/contracts/messages.ts
/** The error of two different English texts registered for one Dutch message (a bug in a builder). */
var ConflictingTranslationError = class extends Error {
	constructor(dutch, first, second) {
		super(`Twee Engelse teksten voor "${dutch}": "${first}" en "${second}".`);
		this.name = "ConflictingTranslationError";
	}
};
var english = /* @__PURE__ */ new Map();
var patterns = [];
/**
* Registers the English of a Dutch message and returns the Dutch, for the schema to embed.
* Registering the same pair again is harmless; another English for the same Dutch throws, so
* two builders can never disagree silently.
*/
function bilingual(nl, en) {
	const known = english.get(nl);
	if (known !== void 0 && known !== en) throw new ConflictingTranslationError(nl, known, en);
	english.set(nl, en);
	return nl;
}
/**
* Registers English for a family of Dutch messages that is only complete at parse time (an error
* map's "at least 3 characters"): `dutch` must match the whole message; its groups go to `english`.
*/
function bilingualPattern(dutch, en) {
	patterns.push({
		dutch: new RegExp(`^(?:${dutch.source})$`, dutch.flags),
		english: en
	});
}
/** The message in `lang`: the registered English for 'en', the Dutch itself for 'nl' or when no English is known. */
function messageIn(lang, dutch) {
	if (lang === "nl") return dutch;
	const exact = english.get(dutch);
	if (exact !== void 0) return exact;
	for (const pattern of patterns) {
		const match = pattern.dutch.exec(dutch);
		if (match) return pattern.english(...match.slice(1).map((g) => g ?? ""));
	}
	return dutch;
}
/** Every message of a field map (`{ "contact.email": "…" }`, as the API's `error.fields`) in `lang`. */
function messagesIn(lang, fields) {
	const result = {};
	for (const [key, message] of Object.entries(fields)) result[key] = messageIn(lang, message);
	return result;
}
/** The message language of a page: English on English pages, Dutch everywhere else. */
function messageLangOf(pageLang) {
	return pageLang === "en" ? "en" : "nl";
}
export { messagesIn as a, messageLangOf as i, bilingualPattern as n, messageIn as r, bilingual as t };
