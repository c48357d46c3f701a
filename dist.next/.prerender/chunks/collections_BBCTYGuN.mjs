import { X as AstroError, _ as InvalidComponentArgs } from "./errors-data_BblAWxQ4.mjs";
// node_modules/astro/dist/runtime/server/astro-component.js
function validateArgs(args) {
	if (args.length !== 3) return false;
	if (!args[0] || typeof args[0] !== "object") return false;
	return true;
}
function baseCreateComponent(cb, moduleId, propagation) {
	const name = moduleId?.split("/").pop()?.replace(".astro", "") ?? "";
	const fn = (...args) => {
		if (!validateArgs(args)) throw new AstroError({
			...InvalidComponentArgs,
			message: InvalidComponentArgs.message(name)
		});
		return cb(...args);
	};
	Object.defineProperty(fn, "name", {
		value: name,
		writable: false
	});
	fn.isAstroComponentFactory = true;
	fn.moduleId = moduleId;
	fn.propagation = propagation;
	return fn;
}
function createComponentWithOptions(opts) {
	return baseCreateComponent(opts.factory, opts.moduleId, opts.propagation);
}
function createComponent(arg1, moduleId, propagation) {
	if (typeof arg1 === "function") return baseCreateComponent(arg1, moduleId, propagation);
	else return createComponentWithOptions(arg1);
}
// site/i18n/locales.ts
/**
* The languages of Werkpad. Dutch lives at the root, every other language under `/<code>/`.
* nl and en are complete sites; ar, uk and ti carry the pages for statushouders.
*/
var locales = {
	nl: {
		name: "Nederlands",
		dir: "ltr",
		prefix: ""
	},
	en: {
		name: "English",
		dir: "ltr",
		prefix: "/en"
	},
	ar: {
		name: "العربية",
		dir: "rtl",
		prefix: "/ar"
	},
	uk: {
		name: "Українська",
		dir: "ltr",
		prefix: "/uk"
	},
	ti: {
		name: "ትግርኛ",
		dir: "ltr",
		prefix: "/ti"
	}
};
var allLangs = Object.keys(locales);
/** Languages in which the whole knowledge base exists. */
var fullSiteLangs = ["nl", "en"];
/** Languages whose translations are machine-assisted and not yet reviewed by a native speaker. */
var unreviewedLangs = [
	"ar",
	"uk",
	"ti"
];
/** `path` (starting with `/`) in `lang`: `/zoeken/` → `/en/zoeken/`. */
function localizePath(lang, path) {
	return `${locales[lang].prefix}${path}`;
}
/** The static paths of a page in `langs`: Dutch without a prefix, the others with theirs. */
function langPaths(langs) {
	return langs.map((lang) => ({
		params: { lang: lang === "nl" ? void 0 : lang },
		props: { lang }
	}));
}
// site/lib/collections.ts
/** The five content kinds with their paths; names and intros come from the dictionaries. */
var collectionNames = [
	"praktijkvoorbeelden",
	"regelingen",
	"lessen",
	"knelpunten",
	"begrippen"
];
/** The (unlocalized) path of a collection's list page. */
var collectionPath = (name) => `/${name}/`;
/** Dictionary keys of a collection's plural, singular and intro. */
var collectionKeys = (name) => ({
	plural: `collection.${name}.plural`,
	singular: `collection.${name}.singular`,
	intro: `collection.${name}.intro`
});
export { fullSiteLangs as a, localizePath as c, allLangs as i, unreviewedLangs as l, collectionNames as n, langPaths as o, collectionPath as r, locales as s, collectionKeys as t, createComponent as u };
