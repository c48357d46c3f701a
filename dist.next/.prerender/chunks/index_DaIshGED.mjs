import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { n as fallbackMessages, t as dutchErrorMap } from "./dutch-errors_CmuSEa3N.mjs";
import { C as offers_default, E as sectors_default, S as education_levels_default, T as regions_default, a as educationLevelId, c as languageLevelId, d as offers, h as sectors, l as languageLevels, m as sectorId, o as educationLevels, p as regions, u as offerId, w as provinces_default, x as skills_default } from "./taxonomy_fc_Y_2Gn.mjs";
import { i as plainText, r as idList } from "./plain-text_Bfm7OxW_.mjs";
import { r as messageIn, t as bilingual } from "./messages_DhJMH1nJ.mjs";
import { m as fieldOf, r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { i as allLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { createElement, useEffect, useRef, useState } from "react";
import { z } from "zod";
import { jsx } from "react/jsx-runtime";
// functions/contracts/match.ts
/**
* Matching (DESIGN.md, "API contract": `POST /api/match`): the candidate profile a klantmanager or
* a statushouder sends, and the explained answer. The 'Werk zoeken' form posts the same fields;
* its island checks them with this schema before it calls the API, and the form route without
* JavaScript parses its posted pairs with `formToProfile` and this schema too.
*
* The profile is personal data: it is never stored, logged or put in a URL (the page posts it,
* the handlers keep it in memory only).
*/
var notAnObject = bilingual("stuur een object met velden", "send an object with fields");
var strict = { error: (issue) => issue.code === "unrecognized_keys" ? fallbackMessages.unknownKey : notAnObject };
var regionMessage = bilingual("kies de arbeidsmarktregio waar u werk zoekt", "choose the labour market region where you are looking for work");
/**
* The region a candidate looks for work in: one of the 35 arbeidsmarktregio's. `landelijk` is an
* employer's word for "everywhere", not a place to live, so a profile cannot choose it.
*/
var profileRegionSchema = z.enum(regions.map((r) => r.id).filter((id) => id !== "landelijk"), { error: regionMessage });
/** One skill: a skill id from `content/reference/skills.json` or the candidate's own word for it. */
var skillWordSchema = plainText({
	label: {
		nl: "de vaardigheid",
		en: "the skill"
	},
	min: 1,
	max: 60
});
/** The fields of a profile. */
var profileFields = {
	region: profileRegionSchema,
	/** The candidate's level of Dutch (CEFR; `A0` is none yet). */
	languageLevel: languageLevelId,
	/** Sectors the candidate wants to work in; none means "show me what fits my skills". */
	sectors: idList(sectorId, {
		one: {
			nl: "sector",
			en: "sector"
		},
		many: {
			nl: "sectoren",
			en: "sectors"
		},
		min: 0,
		max: sectors.length
	}).optional(),
	/** What the candidate can do: skill ids or free words, mapped onto the vocabulary. */
	skills: z.array(skillWordSchema, { error: bilingual("geef de vaardigheden als lijst", "give the skills as a list") }).max(50, bilingual(`noem hooguit 50 vaardigheden`, `name at most 50 skills`)).optional(),
	/** The highest education the candidate finished. */
	educationLevel: educationLevelId.optional(),
	/** Kinds of offer the candidate looks for (leerwerkplek, stage, …). */
	offers: idList(offerId, {
		one: {
			nl: "soort aanbod",
			en: "kind of offer"
		},
		many: {
			nl: "soorten aanbod",
			en: "kinds of offer"
		},
		min: 0,
		max: offers.length
	}).optional()
};
/** `POST /api/match` body: required `region` and `languageLevel`, the rest optional; unknown keys rejected. */
var profileSchema = z.strictObject(profileFields, strict);
/** One reason: something that counts for the result (`match`) or something that is missing (`gap`). */
var reasonSchema = z.strictObject({
	type: z.enum(["match", "gap"]),
	/** One sentence in the language asked. */
	text: z.string()
});
/** One ranked result: an employer, a practice or a scheme. */
var matchItemSchema = z.strictObject({
	id: z.string(),
	name: z.string(),
	/** 0–100: the share of the weighted rules that fit (see `functions/domain/matching.ts`). */
	score: z.number().int().min(0).max(100),
	reasons: z.array(reasonSchema),
	/** The page of the result on this site, in the language asked. */
	url: z.string().optional()
});
z.strictObject({
	employers: z.array(matchItemSchema).max(20),
	practices: z.array(matchItemSchema).max(20),
	schemes: z.array(matchItemSchema).max(20),
	/** Skill words that match nothing in the vocabulary, as they were sent. */
	unknownSkills: z.array(z.string()).optional(),
	/** The language of the reasons; `reviewed: false` while no native speaker has checked the translation (ar, uk, ti). */
	reasonsLanguage: z.strictObject({
		lang: z.enum([
			"nl",
			"en",
			"ar",
			"uk",
			"ti"
		]),
		reviewed: z.boolean()
	})
});
var LIST_FIELDS = /* @__PURE__ */ new Set(["sectors", "offers"]);
var TEXT_FIELDS = /* @__PURE__ */ new Set([
	"region",
	"languageLevel",
	"educationLevel"
]);
/**
* Posted form pairs (the page without JavaScript, or the island's FormData) as a profile body:
* checkboxes repeat, the skills box is split on commas, semicolons and line breaks, empty
* optional fields are left out. Unknown names are kept so the schema rejects them like the API.
*/
function formToProfile(pairs) {
	const body = Object.create(null);
	for (const [name, raw] of pairs) {
		if (name === "__proto__" || name === "constructor" || name === "prototype") continue;
		if (LIST_FIELDS.has(name)) body[name] = [...body[name] ?? [], raw];
		else if (name === "skills") {
			const words = raw.split(/[,;\n\r]+/).map((w) => w.trim()).filter((w) => w !== "");
			body.skills = [...body.skills ?? [], ...words];
		} else if (TEXT_FIELDS.has(name)) {
			if (name in body) continue;
			if (raw.trim() !== "" || name !== "educationLevel") body[name] = raw;
		} else body[name] = raw;
	}
	return { ...body };
}
var catalogName = z.object({
	nl: z.string(),
	en: z.string().optional(),
	ar: z.string().optional(),
	uk: z.string().optional(),
	ti: z.string().optional()
});
var isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
z.object({
	practices: z.array(z.object({
		id: z.string(),
		name: catalogName,
		regions: z.array(z.string()),
		sectors: z.array(z.string()),
		approaches: z.array(z.string())
	})),
	schemes: z.array(z.object({
		id: z.string(),
		name: catalogName,
		regions: z.array(z.string()),
		sectors: z.array(z.string()),
		paysFor: z.array(z.string()),
		targetGroups: z.array(z.string()),
		windows: z.array(z.object({
			opens: isoDay.optional(),
			closes: isoDay.optional()
		})),
		ongoing: z.boolean()
	}))
});
// functions/domain/match-reasons.ts
/**
* The words of matching: every reason the scoring rules give (`matching.ts` returns codes with
* parameters, never text) written out from templates in Dutch, English, Arabic, Ukrainian and
* Tigrinya, and the names of the terms a reason quotes (sectors, kinds of offer, what a scheme pays
* for, education levels) in the three languages the reference data does not carry.
*
* Dutch and English are the site's own languages. The Arabic, Ukrainian and Tigrinya texts are
* machine-assisted and not yet reviewed by a native speaker; the API says so
* (`reasonsLanguage.reviewed: false`) and the page carries the site's notice, as every ar/uk/ti
* page does. Region and province names, skill labels and the names of practices without a
* translation stay Dutch in every language: they are the words a reader meets on Dutch signs,
* vacancies and letters.
*
* Pure and free of zod: the page's island imports it as it is.
*/
var fromReference = (list, lang) => Object.fromEntries(list.map((t) => [t.id, t.label[lang]]));
/** Term names per language: nl and en from `content/reference/`, the others written here. */
var vocabularies = {
	nl: {
		sectors: fromReference(sectors_default, "nl"),
		offers: fromReference(offers_default, "nl"),
		purposes: {
			loonkosten: "loonkosten",
			begeleiding: "begeleiding",
			scholing: "scholing",
			taal: "taal",
			leerwerktraject: "een leerwerktraject"
		},
		education: fromReference(education_levels_default, "nl")
	},
	en: {
		sectors: fromReference(sectors_default, "en"),
		offers: fromReference(offers_default, "en"),
		purposes: {
			loonkosten: "wage costs",
			begeleiding: "coaching and support",
			scholing: "training",
			taal: "language learning",
			leerwerktraject: "work-based learning"
		},
		education: fromReference(education_levels_default, "en")
	},
	ar: {
		sectors: {
			techniek: "التقنية",
			bouw: "البناء",
			energie: "الطاقة",
			installatietechniek: "تقنيات التركيبات",
			industrie: "الصناعة",
			zorg: "الرعاية الصحية",
			kinderopvang: "رعاية الأطفال",
			onderwijs: "التعليم",
			horeca: "الفنادق والمطاعم",
			logistiek: "الخدمات اللوجستية",
			transport: "النقل",
			ict: "تكنولوجيا المعلومات والاتصالات",
			schoonmaak: "التنظيف",
			detailhandel: "تجارة التجزئة",
			groen: "المساحات الخضراء وتنسيق الحدائق",
			"land-en-tuinbouw": "الزراعة والبستنة",
			overheid: "القطاع العام",
			"zakelijke-dienstverlening": "خدمات الأعمال",
			"sport-en-recreatie": "الرياضة والترفيه"
		},
		offers: {
			leerwerkplek: "مكان للتعلم والعمل",
			startbaan: "وظيفة للمبتدئين",
			stage: "تدريب عملي",
			proefplaatsing: "عمل تجريبي",
			werkervaringsplaats: "مكان لاكتساب الخبرة العملية",
			vacature: "وظيفة شاغرة",
			mentoring: "إرشاد",
			taalbuddy: "رفيق لغة",
			"taal-op-de-werkvloer": "تعلم اللغة في مكان العمل"
		},
		purposes: {
			loonkosten: "الأجور",
			begeleiding: "المرافقة والدعم",
			scholing: "التدريب",
			taal: "تعلم اللغة",
			leerwerktraject: "مسار التعلم والعمل"
		},
		education: {
			geen: "بدون تعليم",
			basis: "التعليم الابتدائي",
			"mbo-1": "التعليم المهني mbo 1",
			"mbo-2": "التعليم المهني mbo 2",
			"mbo-3": "التعليم المهني mbo 3",
			"mbo-4": "التعليم المهني mbo 4",
			hbo: "التعليم المهني العالي (hbo)",
			wo: "التعليم الجامعي (wo)"
		}
	},
	uk: {
		sectors: {
			techniek: "техніка",
			bouw: "будівництво",
			energie: "енергетика",
			installatietechniek: "інженерні системи та монтаж",
			industrie: "промисловість",
			zorg: "охорона здоров’я та догляд",
			kinderopvang: "догляд за дітьми",
			onderwijs: "освіта",
			horeca: "готельно-ресторанна справа",
			logistiek: "логістика",
			transport: "транспорт",
			ict: "ІКТ",
			schoonmaak: "прибирання",
			detailhandel: "роздрібна торгівля",
			groen: "озеленення",
			"land-en-tuinbouw": "сільське господарство та садівництво",
			overheid: "державний сектор",
			"zakelijke-dienstverlening": "бізнес-послуги",
			"sport-en-recreatie": "спорт і дозвілля"
		},
		offers: {
			leerwerkplek: "навчання на робочому місці",
			startbaan: "стартова робота",
			stage: "стажування",
			proefplaatsing: "пробне працевлаштування",
			werkervaringsplaats: "місце для здобуття досвіду",
			vacature: "вакансія",
			mentoring: "менторство",
			taalbuddy: "мовний напарник",
			"taal-op-de-werkvloer": "вивчення мови на роботі"
		},
		purposes: {
			loonkosten: "витрати на зарплату",
			begeleiding: "супровід",
			scholing: "навчання",
			taal: "вивчення мови",
			leerwerktraject: "навчання з роботою"
		},
		education: {
			geen: "без освіти",
			basis: "початкова освіта",
			"mbo-1": "професійна освіта mbo 1",
			"mbo-2": "професійна освіта mbo 2",
			"mbo-3": "професійна освіта mbo 3",
			"mbo-4": "професійна освіта mbo 4",
			hbo: "вища професійна освіта (hbo)",
			wo: "університетська освіта (wo)"
		}
	},
	ti: {
		sectors: {
			techniek: "ቴክኒክ",
			bouw: "ስራሕ ህንጻ",
			energie: "ጸዓት",
			installatietechniek: "ምትካል መሳርሒታት",
			industrie: "ኢንዱስትሪ",
			zorg: "ክንክን ጥዕና",
			kinderopvang: "ክንክን ቆልዑ",
			onderwijs: "ትምህርቲ",
			horeca: "ሆቴላትን ቤት መግብን",
			logistiek: "ሎጂስቲክስ",
			transport: "መጓዓዝያ",
			ict: "ቴክኖሎጂ ሓበሬታ (ICT)",
			schoonmaak: "ጽሬት",
			detailhandel: "ንግዲ ዱኳን",
			groen: "ስራሕ ኣግራብን ጀርዲንን",
			"land-en-tuinbouw": "ሕርሻን ኣትክልትን",
			overheid: "መንግስታዊ ዘርፊ",
			"zakelijke-dienstverlening": "ኣገልግሎት ንግዲ",
			"sport-en-recreatie": "ስፖርትን መዘናግዕን"
		},
		offers: {
			leerwerkplek: "ቦታ ትምህርትን ስራሕን",
			startbaan: "መጀመርታ ስራሕ",
			stage: "ልምምድ ስራሕ",
			proefplaatsing: "ናይ ፈተነ ስራሕ",
			werkervaringsplaats: "ቦታ ልምዲ ስራሕ",
			vacature: "ክፉት ቦታ ስራሕ",
			mentoring: "መማኽርቲ",
			taalbuddy: "ብጻይ ቋንቋ",
			"taal-op-de-werkvloer": "ቋንቋ ኣብ ቦታ ስራሕ"
		},
		purposes: {
			loonkosten: "ደሞዝ",
			begeleiding: "ምስናይን ደገፍን",
			scholing: "ስልጠና",
			taal: "ምምሃር ቋንቋ",
			leerwerktraject: "ትምህርትን ስራሕን"
		},
		education: {
			geen: "ትምህርቲ የብሉን",
			basis: "መባእታ ትምህርቲ",
			"mbo-1": "ሞያዊ ትምህርቲ mbo 1",
			"mbo-2": "ሞያዊ ትምህርቲ mbo 2",
			"mbo-3": "ሞያዊ ትምህርቲ mbo 3",
			"mbo-4": "ሞያዊ ትምህርቲ mbo 4",
			hbo: "ላዕለዋይ ሞያዊ ትምህርቲ (hbo)",
			wo: "ዩኒቨርሲቲ (wo)"
		}
	}
};
fromReference(regions_default, "nl");
fromReference(provinces_default, "nl");
fromReference(skills_default, "nl"), fromReference(skills_default, "en");
/** The name of a sector, kind of offer, funding purpose or education level in `lang` (the id when unknown). */
function termLabel(lang, kind, id) {
	return vocabularies[lang][kind][id] ?? id;
}
/** The page's words per language. */
var matchWords = {
	nl: {
		intro: "Vul in wat u kunt en wat u zoekt. U ziet welke werkgevers, praktijkvoorbeelden en regelingen passen, en waarom.",
		privacy: "Wat u invult, bewaren we niet. Het gaat alleen naar de zoekfunctie en is daarna weg.",
		required: "(verplicht)",
		optional: "(niet verplicht)",
		region: "In welke arbeidsmarktregio zoekt u werk?",
		"region.hint": "De regio waar u woont of wilt werken.",
		"region.choose": "Kies een regio",
		languageLevel: "Hoe goed spreekt u Nederlands?",
		"languageLevel.hint": "A0 is nog geen Nederlands, C2 is uitstekend.",
		sectors: "In welke sectoren wilt u werken?",
		"sectors.hint": "Kies er een of meer. Kiest u niets, dan kijken we naar uw vaardigheden.",
		skills: "Wat kunt u?",
		"skills.hint": "Bijvoorbeeld: lassen, koken, heftruck rijden. Zet komma's tussen de woorden. Nederlands of Engels.",
		educationLevel: "Welke opleiding hebt u afgemaakt?",
		"educationLevel.empty": "Geen antwoord",
		offers: "Wat zoekt u?",
		"offers.hint": "Bijvoorbeeld een leerwerkplek of een vacature. Kiest u niets, dan is alles goed.",
		submit: "Zoeken",
		busy: "Bezig met zoeken…",
		failed: "Zoeken lukt nu niet. Probeer het later opnieuw.",
		errorSummary: "Er is een probleem",
		results: "Resultaten",
		count: "Gevonden: {employers} werkgevers, {practices} praktijkvoorbeelden en {schemes} regelingen.",
		employers: "Werkgevers",
		practices: "Praktijkvoorbeelden",
		schemes: "Regelingen",
		"none.employers": "Geen werkgevers gevonden. Kies een andere sector of vul minder in.",
		"none.practices": "Geen praktijkvoorbeelden gevonden.",
		"none.schemes": "Geen regelingen gevonden.",
		score: "Past voor {score} van de 100",
		match: "Past",
		gap: "Ontbreekt",
		unknownSkills: "Deze woorden kennen we niet: {words}. Probeer een ander woord."
	},
	en: {
		intro: "Fill in what you can do and what you are looking for. You will see which employers, good practices and schemes fit, and why.",
		privacy: "We do not keep what you fill in. It only goes to the search and is gone afterwards.",
		required: "(required)",
		optional: "(optional)",
		region: "In which labour market region are you looking for work?",
		"region.hint": "The region where you live or want to work.",
		"region.choose": "Choose a region",
		languageLevel: "How well do you speak Dutch?",
		"languageLevel.hint": "A0 is no Dutch yet, C2 is excellent.",
		sectors: "In which sectors do you want to work?",
		"sectors.hint": "Choose one or more. If you choose none, we look at your skills.",
		skills: "What can you do?",
		"skills.hint": "For example: welding, cooking, forklift driving. Put commas between the words. Dutch or English.",
		educationLevel: "Which education have you completed?",
		"educationLevel.empty": "No answer",
		offers: "What are you looking for?",
		"offers.hint": "For example a work-based learning place or a vacancy. If you choose none, anything is fine.",
		submit: "Search",
		busy: "Searching…",
		failed: "The search does not work right now. Please try again later.",
		errorSummary: "There is a problem",
		results: "Results",
		count: "Found: {employers} employers, {practices} good practices and {schemes} schemes.",
		employers: "Employers",
		practices: "Good practices",
		schemes: "Funding schemes",
		"none.employers": "No employers found. Choose another sector or fill in less.",
		"none.practices": "No good practices found.",
		"none.schemes": "No schemes found.",
		score: "Fits for {score} out of 100",
		match: "Fits",
		gap: "Missing",
		unknownSkills: "We do not know these words: {words}. Try another word."
	},
	ar: {
		intro: "اكتب ما تستطيع فعله وما تبحث عنه. سترى أصحاب العمل والأمثلة العملية وبرامج الدعم المناسبة لك، ولماذا.",
		privacy: "لا نحتفظ بما تكتبه. يذهب فقط إلى البحث ثم يُحذف.",
		required: "(إلزامي)",
		optional: "(اختياري)",
		region: "في أي منطقة من مناطق سوق العمل تبحث عن عمل؟",
		"region.hint": "المنطقة التي تسكن فيها أو تريد العمل فيها.",
		"region.choose": "اختر منطقة",
		languageLevel: "ما مستواك في اللغة الهولندية؟",
		"languageLevel.hint": "A0 يعني لا تتكلم الهولندية بعد، وC2 يعني ممتاز.",
		sectors: "في أي قطاعات تريد العمل؟",
		"sectors.hint": "اختر قطاعًا واحدًا أو أكثر. إذا لم تختر شيئًا، ننظر إلى مهاراتك.",
		skills: "ماذا تستطيع أن تفعل؟",
		"skills.hint": "مثلًا: lassen، koken، heftruck rijden. ضع فاصلة بين الكلمات. اكتب بالهولندية أو بالإنجليزية.",
		educationLevel: "ما التعليم الذي أنهيته؟",
		"educationLevel.empty": "بدون إجابة",
		offers: "عمّا تبحث؟",
		"offers.hint": "مثلًا مكان للتعلم والعمل أو وظيفة شاغرة. إذا لم تختر شيئًا، فكل شيء مناسب.",
		submit: "ابحث",
		busy: "جارٍ البحث…",
		failed: "البحث لا يعمل الآن. حاول مرة أخرى لاحقًا.",
		errorSummary: "هناك مشكلة",
		results: "النتائج",
		count: "وجدنا: {employers} من أصحاب العمل، و{practices} من الأمثلة العملية، و{schemes} من برامج الدعم.",
		employers: "أصحاب العمل",
		practices: "أمثلة عملية",
		schemes: "برامج الدعم",
		"none.employers": "لم نجد أصحاب عمل. اختر قطاعًا آخر أو اكتب أقل.",
		"none.practices": "لم نجد أمثلة عملية.",
		"none.schemes": "لم نجد برامج دعم.",
		score: "مناسب بنسبة {score} من 100",
		match: "مناسب",
		gap: "ينقص",
		unknownSkills: "لا نعرف هذه الكلمات: {words}. جرّب كلمة أخرى."
	},
	uk: {
		intro: "Напишіть, що ви вмієте і що шукаєте. Ви побачите, які роботодавці, приклади практики та програми підтримки підходять і чому.",
		privacy: "Ми не зберігаємо того, що ви вводите. Це йде лише до пошуку і потім зникає.",
		required: "(обов’язково)",
		optional: "(не обов’язково)",
		region: "У якому регіоні ринку праці ви шукаєте роботу?",
		"region.hint": "Регіон, де ви живете або хочете працювати.",
		"region.choose": "Виберіть регіон",
		languageLevel: "Наскільки добре ви говорите нідерландською?",
		"languageLevel.hint": "A0 — ще не говорю, C2 — відмінно.",
		sectors: "У яких секторах ви хочете працювати?",
		"sectors.hint": "Виберіть один або кілька. Якщо нічого не виберете, ми дивимося на ваші навички.",
		skills: "Що ви вмієте?",
		"skills.hint": "Наприклад: lassen, koken, heftruck rijden. Ставте коми між словами. Нідерландською або англійською.",
		educationLevel: "Яку освіту ви здобули?",
		"educationLevel.empty": "Без відповіді",
		offers: "Що ви шукаєте?",
		"offers.hint": "Наприклад, навчання на робочому місці або вакансію. Якщо нічого не виберете, підходить усе.",
		submit: "Шукати",
		busy: "Шукаємо…",
		failed: "Пошук зараз не працює. Спробуйте пізніше.",
		errorSummary: "Є проблема",
		results: "Результати",
		count: "Знайдено: роботодавців — {employers}, прикладів практики — {practices}, програм підтримки — {schemes}.",
		employers: "Роботодавці",
		practices: "Приклади практики",
		schemes: "Програми підтримки",
		"none.employers": "Роботодавців не знайдено. Виберіть інший сектор або заповніть менше.",
		"none.practices": "Прикладів практики не знайдено.",
		"none.schemes": "Програм підтримки не знайдено.",
		score: "Підходить на {score} зі 100",
		match: "Підходить",
		gap: "Бракує",
		unknownSkills: "Ми не знаємо цих слів: {words}. Спробуйте інше слово."
	},
	ti: {
		intro: "እትኽእልዎን እትደልይዎን ጽሓፉ። ኣየኖት ወሃብቲ ስራሕ፣ ኣብነታት ተግባርን መደባት ደገፍን ከም ዝሰማምዑኹም፣ ስለምንታይ ድማ ክትርእዩ ኢኹም።",
		privacy: "ዝጸሓፍኩምዎ ኣይንዕቅቦን። ናብ ምድላይ ጥራይ ይኸይድ፣ ድሕሪኡ ይጠፍእ።",
		required: "(ግድን)",
		optional: "(ግድን ኣይኮነን)",
		region: "ኣብ ኣየናይ ዞባ ዕዳጋ ስራሕ ስራሕ ትደልዩ?",
		"region.hint": "እትነብሩሉ ወይ ክትሰርሑሉ እትደልዩ ዞባ።",
		"region.choose": "ዞባ ምረጹ",
		languageLevel: "ሆላንድኛ ክሳብ ክንደይ ትዛረቡ?",
		"languageLevel.hint": "A0 ማለት ገና ሆላንድኛ የለን፣ C2 ማለት ብሉጽ።",
		sectors: "ኣብ ኣየኖት ዘርፍታት ክትሰርሑ ትደልዩ?",
		"sectors.hint": "ሓደ ወይ ልዕሊኡ ምረጹ። ዋላ ሓደ እንተ ዘይመረጽኩም፣ ክእለታትኩም ንርኢ።",
		skills: "እንታይ ትኽእሉ?",
		"skills.hint": "ንኣብነት: lassen, koken, heftruck rijden። ኣብ መንጎ ቃላት ኮማ ግበሩ። ብሆላንድኛ ወይ ብእንግሊዝኛ።",
		educationLevel: "ኣየናይ ትምህርቲ ወዲእኩም?",
		"educationLevel.empty": "መልሲ የለን",
		offers: "እንታይ ትደልዩ?",
		"offers.hint": "ንኣብነት ቦታ ትምህርትን ስራሕን ወይ ክፉት ቦታ ስራሕ። ዋላ ሓደ እንተ ዘይመረጽኩም፣ ኩሉ ጽቡቕ እዩ።",
		submit: "ድለ",
		busy: "ይድለ ኣሎ…",
		failed: "ምድላይ ሕጂ ኣይሰርሕን። ጸኒሕኩም ደጊምኩም ፈትኑ።",
		errorSummary: "ጸገም ኣሎ",
		results: "ውጽኢታት",
		count: "ዝተረኽቡ: {employers} ወሃብቲ ስራሕ፣ {practices} ኣብነታት ተግባርን {schemes} መደባት ደገፍን።",
		employers: "ወሃብቲ ስራሕ",
		practices: "ኣብነታት ተግባር",
		schemes: "መደባት ደገፍ",
		"none.employers": "ወሃብቲ ስራሕ ኣይተረኽቡን። ካልእ ዘርፊ ምረጹ ወይ ውሑድ ምልኡ።",
		"none.practices": "ኣብነታት ተግባር ኣይተረኽቡን።",
		"none.schemes": "መደባት ደገፍ ኣይተረኽቡን።",
		score: "ካብ 100 {score} ይሰማማዕ",
		match: "ይሰማማዕ",
		gap: "ይጎድል",
		unknownSkills: "ነዞም ቃላት ኣይንፈልጦምን: {words}። ካልእ ቃል ፈትኑ።"
	}
};
/** A word of the page with `{name}` placeholders filled. */
function matchWord(lang, key, vars = {}) {
	return matchWords[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`));
}
/** The language levels as the form lists them (nl and en follow `content/reference/language-levels.json`). */
var levelLabels = {
	nl: {
		A0: "A0 – nog geen Nederlands",
		A1: "A1 – beginner",
		A2: "A2 – basis",
		B1: "B1 – gemiddeld",
		B2: "B2 – goed",
		C1: "C1 – zeer goed",
		C2: "C2 – uitstekend"
	},
	en: {
		A0: "A0 – no Dutch yet",
		A1: "A1 – beginner",
		A2: "A2 – elementary",
		B1: "B1 – intermediate",
		B2: "B2 – upper intermediate",
		C1: "C1 – advanced",
		C2: "C2 – proficient"
	},
	ar: {
		A0: "A0 – لا أتكلم الهولندية بعد",
		A1: "A1 – مبتدئ",
		A2: "A2 – أساسي",
		B1: "B1 – متوسط",
		B2: "B2 – جيد",
		C1: "C1 – جيد جدًا",
		C2: "C2 – ممتاز"
	},
	uk: {
		A0: "A0 – ще не говорю",
		A1: "A1 – початковий",
		A2: "A2 – базовий",
		B1: "B1 – середній",
		B2: "B2 – добрий",
		C1: "C1 – дуже добрий",
		C2: "C2 – відмінний"
	},
	ti: {
		A0: "A0 – ገና ሆላንድኛ የለን",
		A1: "A1 – ጀማሪ",
		A2: "A2 – መሰረታዊ",
		B1: "B1 – ማእከላይ",
		B2: "B2 – ጽቡቕ",
		C1: "C1 – ኣዝዩ ጽቡቕ",
		C2: "C2 – ብሉጽ"
	}
};
/**
* The profile's validation messages in Arabic, Ukrainian and Tigrinya, by their Dutch (the schema's
* words; `messages.ts` has their English). A message not listed shows in Dutch.
*/
var fieldMessageTranslations = {
	ar: {
		"kies de arbeidsmarktregio waar u werk zoekt": "اختر منطقة سوق العمل التي تبحث فيها عن عمل",
		"kies een taalniveau van A0 tot en met C2": "اختر مستوى لغة من A0 إلى C2",
		"noem hooguit 50 vaardigheden": "اذكر 50 مهارة على الأكثر",
		"de vaardigheid is te lang: gebruik hooguit 60 tekens": "المهارة طويلة جدًا: استخدم 60 حرفًا على الأكثر",
		"gebruik in de vaardigheid gewone tekst, zonder HTML (geen < direct voor een letter)": "اكتب المهارة كنص عادي، بدون HTML (لا تضع < قبل حرف مباشرة)",
		"de vaardigheid moet op één regel, zonder onzichtbare stuurtekens": "اكتب المهارة في سطر واحد، بدون رموز تحكم غير مرئية",
		"kies een bestaande opleidingsniveau": "اختر مستوى تعليم موجودًا"
	},
	uk: {
		"kies de arbeidsmarktregio waar u werk zoekt": "виберіть регіон ринку праці, де ви шукаєте роботу",
		"kies een taalniveau van A0 tot en met C2": "виберіть рівень мови від A0 до C2",
		"noem hooguit 50 vaardigheden": "назвіть не більше 50 навичок",
		"de vaardigheid is te lang: gebruik hooguit 60 tekens": "навичка задовга: використайте не більше 60 символів",
		"gebruik in de vaardigheid gewone tekst, zonder HTML (geen < direct voor een letter)": "пишіть навичку звичайним текстом, без HTML (без < одразу перед літерою)",
		"de vaardigheid moet op één regel, zonder onzichtbare stuurtekens": "навичка має бути в одному рядку, без невидимих керівних символів",
		"kies een bestaande opleidingsniveau": "виберіть наявний рівень освіти"
	},
	ti: {
		"kies de arbeidsmarktregio waar u werk zoekt": "ስራሕ እትደልዩሉ ዞባ ዕዳጋ ስራሕ ምረጹ",
		"kies een taalniveau van A0 tot en met C2": "ካብ A0 ክሳብ C2 ደረጃ ቋንቋ ምረጹ",
		"noem hooguit 50 vaardigheden": "ብዝበዝሐ 50 ክእለታት ጥቀሱ",
		"de vaardigheid is te lang: gebruik hooguit 60 tekens": "እቲ ክእለት ነዊሕ እዩ: ብዝበዝሐ 60 ፊደላት ተጠቐሙ",
		"gebruik in de vaardigheid gewone tekst, zonder HTML (geen < direct voor een letter)": "ነቲ ክእለት ብቐሊል ጽሑፍ ጽሓፉዎ፣ ብዘይ HTML (< ቅድሚ ፊደል ኣይትግበሩ)",
		"de vaardigheid moet op één regel, zonder onzichtbare stuurtekens": "እቲ ክእለት ኣብ ሓደ መስመር ይኹን፣ ብዘይ ዘይርኣዩ ምልክታት",
		"kies een bestaande opleidingsniveau": "ዘሎ ደረጃ ትምህርቲ ምረጹ"
	}
};
// ui/match-form.ts
/**
* The 'Werk zoeken' page's form and results. One React component for three uses:
*  - the site build renders it into the page (`site/pages/[...lang]/werk-zoeken/`), where it works
*    without JavaScript: the form posts to `/forms/werk-zoeken`;
*  - hydrated as an island (`site/islands/MatchApp.tsx`) it checks the profile with the same zod
*    schema as the API, sends it to `POST /api/match` and shows the answer;
*  - the form route (`functions/handlers/form-werk-zoeken.ts`) renders it with the posted values
*    and the results (200), or with the messages (422), inside the built page.
* The profile is posted, never put in the address. Written with `createElement` instead of JSX so
* Node loads it in a handler as it is.
*/
/** Where the form posts without JavaScript; the language rides along, the profile never does. */
function formAction(lang) {
	return `${lang === "nl" ? "/forms/werk-zoeken" : `/forms/werk-zoeken?lang=${lang}`}#resultaten`;
}
/** A validation message (the schema's Dutch) in the page's language; Dutch where no translation exists. */
function messageFor(lang, dutch) {
	if (lang === "nl") return dutch;
	if (lang === "en") return messageIn("en", dutch);
	return fieldMessageTranslations[lang][dutch] ?? dutch;
}
var idOf = (name) => `m-${name}`;
var sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);
var regionOptions = regions.filter((r) => r.id !== "landelijk").sort((a, b) => a.label.nl.localeCompare(b.label.nl, "nl"));
/** The form and, when there is an answer, the results. */
function MatchView({ lang, values = [], errors = {}, formError, result, busy = false, onSubmit, summaryRef, resultsRef }) {
	const w = (key, vars) => matchWord(lang, key, vars);
	const value = (name) => values.find(([n]) => n === name)?.[1] ?? "";
	const checked = (name, id) => values.some(([n, v]) => n === name && v === id);
	const messages = /* @__PURE__ */ new Map();
	for (const [path, message] of Object.entries(errors)) if (!messages.has(fieldOf(path))) messages.set(fieldOf(path), message);
	const describedBy = (name, hint) => [hint ? `${idOf(name)}-hint` : null, messages.has(name) ? `${idOf(name)}-error` : null].filter(Boolean).join(" ") || void 0;
	const mark = (required) => createElement("span", { className: "form-mark" }, required ? w("required") : w("optional"));
	const hint = (name, key) => createElement("p", {
		className: "utrecht-form-field-description",
		id: `${idOf(name)}-hint`
	}, w(key));
	const error = (name) => messages.has(name) ? createElement("p", {
		className: "utrecht-form-field-error-message",
		id: `${idOf(name)}-error`
	}, sentence(messages.get(name))) : null;
	const invalid = (name) => messages.has(name) || void 0;
	const select = (name, label, hintKey, required, empty, options) => createElement("div", { className: `utrecht-form-field${messages.has(name) ? " utrecht-form-field--invalid" : ""}` }, createElement("div", { className: "utrecht-form-field__label" }, createElement("label", {
		className: "utrecht-form-label",
		htmlFor: idOf(name)
	}, w(label), " ", mark(required))), hintKey ? hint(name, hintKey) : null, error(name), createElement("div", { className: "utrecht-form-field__input" }, createElement("select", {
		id: idOf(name),
		name,
		required,
		defaultValue: value(name),
		className: `utrecht-select utrecht-select--html-select${messages.has(name) ? " utrecht-select--invalid" : ""}`,
		"aria-describedby": describedBy(name, hintKey !== null),
		"aria-invalid": invalid(name)
	}, createElement("option", { value: "" }, empty), ...options.map((o) => createElement("option", {
		key: o.id,
		value: o.id
	}, o.label)))));
	const choices = (name, label, hintKey, type, required, options) => createElement("fieldset", {
		className: `utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group${messages.has(name) ? " utrecht-form-fieldset--invalid" : ""}`,
		id: idOf(name),
		tabIndex: -1,
		"aria-describedby": describedBy(name, true),
		"aria-invalid": invalid(name)
	}, createElement("legend", { className: "utrecht-form-fieldset__legend" }, w(label), " ", mark(required)), hint(name, hintKey), error(name), createElement("div", { className: "choice-group__options" }, ...options.map((o) => {
		const id = `${idOf(name)}-${o.id}`;
		return createElement("div", {
			className: "choice",
			key: id
		}, createElement("input", {
			type,
			id,
			name,
			value: o.id,
			required: type === "radio" && required ? true : void 0,
			defaultChecked: checked(name, o.id),
			className: type === "checkbox" ? "utrecht-checkbox utrecht-checkbox--html-input" : "utrecht-radio-button utrecht-radio-button--html-input"
		}), createElement("label", {
			className: `utrecht-form-label utrecht-form-label--${type}`,
			htmlFor: id
		}, o.label));
	})));
	const summaryItems = [...messages];
	const summary = summaryItems.length > 0 || formError ? createElement("div", {
		className: "error-summary utrecht-alert utrecht-alert--error",
		ref: summaryRef,
		tabIndex: -1,
		role: "alert",
		"aria-labelledby": "m-error-summary-title"
	}, createElement("h2", {
		className: "utrecht-heading-2 error-summary__title",
		id: "m-error-summary-title"
	}, w("errorSummary")), formError ? createElement("p", { className: "utrecht-paragraph" }, formError) : null, summaryItems.length > 0 ? createElement("ul", { className: "utrecht-unordered-list error-summary__list" }, ...summaryItems.map(([field, message]) => createElement("li", {
		key: field,
		className: "utrecht-unordered-list__item"
	}, createElement("a", {
		className: "utrecht-link",
		href: `#${idOf(field)}`
	}, sentence(message))))) : null) : null;
	const form = createElement("form", {
		className: "match-form",
		method: "post",
		action: formAction(lang),
		onSubmit,
		"aria-busy": busy || void 0
	}, createElement("p", { className: "utrecht-paragraph match-privacy" }, w("privacy")), select("region", "region", "region.hint", true, w("region.choose"), regionOptions.map((r) => ({
		id: r.id,
		label: r.label.nl
	}))), choices("languageLevel", "languageLevel", "languageLevel.hint", "radio", true, languageLevels.map((l) => ({
		id: l.id,
		label: levelLabels[lang][l.id] ?? l.id
	}))), choices("sectors", "sectors", "sectors.hint", "checkbox", false, sectors.map((s) => ({
		id: s.id,
		label: termLabel(lang, "sectors", s.id)
	}))), createElement("div", { className: `utrecht-form-field utrecht-form-field--text${messages.has("skills") ? " utrecht-form-field--invalid" : ""}` }, createElement("div", { className: "utrecht-form-field__label" }, createElement("label", {
		className: "utrecht-form-label",
		htmlFor: idOf("skills")
	}, w("skills"), " ", mark(false))), hint("skills", "skills.hint"), error("skills"), createElement("div", { className: "utrecht-form-field__input" }, createElement("input", {
		type: "text",
		id: idOf("skills"),
		name: "skills",
		defaultValue: value("skills"),
		autoComplete: "off",
		className: `utrecht-textbox utrecht-textbox--html-input${messages.has("skills") ? " utrecht-textbox--invalid" : ""}`,
		"aria-describedby": describedBy("skills", true),
		"aria-invalid": invalid("skills")
	}))), select("educationLevel", "educationLevel", null, false, w("educationLevel.empty"), educationLevels.map((e) => ({
		id: e.id,
		label: termLabel(lang, "education", e.id)
	}))), choices("offers", "offers", "offers.hint", "checkbox", false, offers.map((o) => ({
		id: o.id,
		label: termLabel(lang, "offers", o.id)
	}))), createElement("button", {
		type: "submit",
		className: "utrecht-button utrecht-button--primary-action",
		disabled: busy || void 0
	}, busy ? w("busy") : w("submit")));
	return createElement("div", { className: "match" }, summary, form, result ? results(lang, result, resultsRef) : null);
}
var KINDS = [
	"employers",
	"practices",
	"schemes"
];
function resultItem(lang, item) {
	const w = (key, vars) => matchWord(lang, key, vars);
	return createElement("li", { key: item.id }, createElement("article", { className: "card match-card" }, createElement("h4", {
		className: "card__title",
		lang: lang === "nl" || lang === "en" ? void 0 : "nl"
	}, item.url ? createElement("a", {
		className: "utrecht-link",
		href: item.url
	}, item.name) : item.name), createElement("p", { className: "card__meta match-score" }, w("score", { score: item.score })), createElement("ul", { className: "match-reasons" }, ...item.reasons.map((reason, i) => createElement("li", {
		key: i,
		className: `match-reason match-reason--${reason.type}`
	}, createElement("span", { className: "match-reason__type" }, `${reason.type === "match" ? w("match") : w("gap")}: `), reason.text)))));
}
/** The results: a count for screen readers, unknown skill words, then each kind as a list of cards. */
function results(lang, result, ref) {
	const w = (key, vars) => matchWord(lang, key, vars);
	return createElement("section", {
		className: "match-results",
		"aria-labelledby": "m-results-title",
		ref,
		tabIndex: -1,
		id: "resultaten"
	}, createElement("h2", {
		className: "utrecht-heading-2",
		id: "m-results-title"
	}, w("results")), createElement("p", {
		className: "utrecht-paragraph",
		role: "status"
	}, w("count", {
		employers: result.employers.length,
		practices: result.practices.length,
		schemes: result.schemes.length
	})), result.unknownSkills?.length ? createElement("p", {
		className: "utrecht-alert utrecht-alert--warning match-unknown",
		role: "note"
	}, w("unknownSkills", { words: result.unknownSkills.join(", ") })) : null, ...KINDS.map((kind) => createElement("section", {
		key: kind,
		className: "match-kind",
		"aria-labelledby": `m-${kind}-title`
	}, createElement("h3", {
		className: "utrecht-heading-3",
		id: `m-${kind}-title`
	}, w(kind)), result[kind].length > 0 ? createElement("ol", { className: "card-list match-list" }, ...result[kind].map((item) => resultItem(lang, item))) : createElement("p", { className: "utrecht-paragraph muted" }, w(`none.${kind}`)))));
}
// site/islands/MatchApp.tsx
/**
* The 'Werk zoeken' island: the shared view (`ui/match-form.ts`) with what only the browser does —
* check the profile with the API's own schema, send it to `POST /api/match` in the page's language
* (`Accept-Language`), show the ranked results and move focus to them (or to the error summary).
* Without JavaScript the same form posts to `/forms/werk-zoeken` and the server answers with the
* same view.
*/
var translated = (lang, fields) => Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, messageFor(lang, message)]));
/**
* One POST to the API. Not `api-client.ts`: that module carries the site's dictionaries for the
* other forms, which would push this page over its weight budget; this page's words are its own.
*/
async function ask(lang, profile) {
	try {
		const response = await fetch("/api/match", {
			method: "POST",
			headers: {
				"content-type": "application/json",
				"accept-language": lang
			},
			body: JSON.stringify(profile)
		});
		const json = await response.json().catch(() => ({}));
		return response.ok ? {
			ok: true,
			body: json
		} : {
			ok: false,
			fields: json.error?.fields ?? {}
		};
	} catch {
		return {
			ok: false,
			fields: {}
		};
	}
}
/** The match form island. */
function MatchApp({ lang }) {
	const [state, setState] = useState({
		values: [],
		errors: {},
		busy: false
	});
	const [focus, setFocus] = useState(null);
	const summaryRef = useRef(null);
	const resultsRef = useRef(null);
	useEffect(() => {
		if (focus?.target === "summary") summaryRef.current?.focus();
		if (focus?.target === "results") resultsRef.current?.focus();
	}, [focus]);
	const focusOn = (target) => setFocus((f) => ({
		target,
		n: (f?.n ?? 0) + 1
	}));
	async function onSubmit(event) {
		event.preventDefault();
		const pairs = [...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, String(v)]);
		const parsed = profileSchema.safeParse(formToProfile(pairs), { error: dutchErrorMap });
		if (!parsed.success) {
			const errors = {};
			for (const issue of parsed.error.issues) errors[issue.path.map(String).join(".") || "_"] ??= messageFor(lang, issue.message);
			setState({
				values: pairs,
				errors,
				busy: false
			});
			focusOn("summary");
			return;
		}
		setState((s) => ({
			...s,
			values: pairs,
			errors: {},
			formError: void 0,
			busy: true
		}));
		const answer = await ask(lang, parsed.data);
		if (answer.ok) {
			setState({
				values: pairs,
				errors: {},
				result: answer.body,
				busy: false
			});
			focusOn("results");
			return;
		}
		const errors = translated(lang, answer.fields);
		setState({
			values: pairs,
			errors,
			formError: Object.keys(errors).length > 0 ? void 0 : matchWord(lang, "failed"),
			busy: false
		});
		focusOn("summary");
	}
	return /* @__PURE__ */ jsx(MatchView, {
		lang,
		values: state.values,
		errors: state.errors,
		formError: state.formError,
		result: state.result,
		busy: state.busy,
		onSubmit,
		summaryRef,
		resultsRef
	});
}
// site/pages/[...lang]/werk-zoeken/index.astro
var werk_zoeken_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(allLangs);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("matchPage.title"),
		"description": tr("matchPage.description"),
		"lang": lang,
		"path": "/werk-zoeken/",
		"langs": allLangs
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: tr("matchPage.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("matchPage.title")}</h1> <p class="lead">${matchWord(lang, "intro")}</p> ${renderComponent($$result, "MatchApp", MatchApp, {
		"client:load": true,
		"lang": lang,
		"client:component-hydration": "load",
		"client:component-path": "/work/main/site/islands/MatchApp.tsx",
		"client:component-export": "default"
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/werk-zoeken/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werk-zoeken/index.astro";
var $$url = "/[...lang]/werk-zoeken";
// \0virtual:astro:page:site/pages/[...lang]/werk-zoeken/index@_@astro
var page = () => werk_zoeken_exports;
export { page };
