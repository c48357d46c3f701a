import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { t as $$SchemeStatusBadge } from "./SchemeStatusBadge_D7kpRqeY.mjs";
import { a as reportCollections, c as quickscanCatalog, o as rulesOfQuestion, r as describeCondition, s as quickscan, t as quickscanText } from "./_quickscan_B4RKFLCG.mjs";
import { n as buildDate, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
import { i as facetPath, o as practiceFacets, r as facetPages } from "./facets_jluXo2k0.mjs";
// site/pages/[...lang]/quickscan/[deel].astro
var _deel__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Deel,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return quickscan.parts.map((part, index) => ({
		params: {
			lang: void 0,
			deel: part.id
		},
		props: {
			lang: "nl",
			index
		}
	}));
}
var $$Deel = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Deel;
	const { lang, index } = Astro.props;
	const part = quickscan.parts[index];
	const total = quickscan.parts.length;
	const previous = quickscan.parts[index - 1];
	const next = quickscan.parts[index + 1];
	const catalog = quickscanCatalog();
	const entry = (collection, id) => catalog[collection].find((e) => e.id === id);
	const schemeEntry = (id) => schemes.find((s) => s.id === id);
	const partTitle = (id) => quickscan.parts.find((p) => p.id === id)?.title ?? id;
	const facetLinks = (key, q) => {
		const values = new Set(facetPages(practiceFacets, practices, { today: buildDate }).filter((f) => f.key === key).map((f) => f.value));
		return q.options.filter((o) => values.has(o.id)).map((o) => ({
			label: o.label,
			href: facetPath("praktijkvoorbeelden", key, o.id)
		}));
	};
	const extraConditions = (rule) => rule.when.slice(1).map((c) => describeCondition(quickscan, c));
	const ruleItems = (rule) => reportCollections.flatMap((c) => rule.recommend[c].map((id) => ({
		collection: c,
		id
	})));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `${part.title} | ${quickscanText.title}`,
		"description": part.intro,
		"lang": lang,
		"path": `/quickscan/${part.id}/`,
		"langs": ["nl"]
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{
			href: "/quickscan/",
			label: "Quickscan"
		}, { label: part.title }]
	})} ${maybeRenderHead($$result)}<p class="finder-step">Onderdeel ${index + 1} van ${total}</p> <h1 class="utrecht-heading-1">${part.title}</h1> <p class="lead">${part.intro}</p> <p class="utrecht-alert utrecht-alert--info qs-readonly" role="note">Dit is de leesversie van de quickscan: de vragen, en wat Werkpad bij elk antwoord aanraadt. Een rapport met uw eigen antwoorden maakt u op de pagina <a class="utrecht-link" href="/quickscan/">Quickscan voor gemeenten</a>; daarvoor is JavaScript nodig.</p> ${part.questions.map((q, qi) => {
		const led = rulesOfQuestion(quickscan, q);
		return renderTemplate`<section class="qs-static-question"${addAttribute(`vraag-${q.id}`, "aria-labelledby")}> <h2${addAttribute(`vraag-${q.id}`, "id")} class="utrecht-heading-2">${qi + 1}. ${q.text}</h2> ${q.help && renderTemplate`<p class="utrecht-paragraph muted">${q.help}</p>`} ${q.optionsFrom ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <p class="utrecht-paragraph">U kiest ${q.kind === "one" ? "één" : `hooguit ${q.max ?? q.options.length}`} uit ${q.options.length} ${q.optionsFrom === "regions" ? "arbeidsmarktregio's" : "sectoren"}.</p> ${led.matches.map((m) => renderTemplate`<p class="utrecht-paragraph">In het onderdeel ‘${partTitle(m.part)}’ toont het rapport ${quickscanText.collections[m.collection].toLowerCase()} ${m.field === "regions" ? "uit uw regio" : "uit uw sectoren"}, met als reden: ‘${m.reason.replace("{labels}", q.optionsFrom === "regions" ? "uw regio" : "uw sectoren")}’</p>`)} ${q.optionsFrom === "regions" && facetLinks("regio", q).length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="utrecht-heading-3">Praktijkvoorbeelden per regio</h3> <ul class="tags qs-facet-links">${facetLinks("regio", q).map((l) => renderTemplate`<li><a class="tag"${addAttribute(l.href, "href")}>${l.label}</a></li>`)}</ul> ` })}`} ${q.optionsFrom === "sectors" && facetLinks("sector", q).length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="utrecht-heading-3">Praktijkvoorbeelden per sector</h3> <ul class="tags qs-facet-links">${facetLinks("sector", q).map((l) => renderTemplate`<li><a class="tag"${addAttribute(l.href, "href")}>${l.label}</a></li>`)}</ul> ` })}`} ` })}` : renderTemplate`<dl class="qs-answers"> ${led.byAnswer.map(({ answer, rules }) => renderTemplate`<div class="qs-answer"> <dt>${q.kind === "one" ? "Antwoord" : "Als u aankruist"}: ‘${q.options.find((o) => o.id === answer).label}’</dt> <dd> ${rules.length === 0 ? renderTemplate`<p class="utrecht-paragraph muted">Geen aparte aanbeveling bij dit antwoord.</p>` : rules.map((rule) => renderTemplate`<div class="qs-rule"> ${extraConditions(rule).length > 0 && renderTemplate`<p class="utrecht-paragraph"><em>Alleen als ${extraConditions(rule).join(" en ")}.</em></p>`} <p class="utrecht-paragraph"><strong>${quickscanText.why}</strong> ${rule.reason}</p> ${rule.step && renderTemplate`<p class="utrecht-paragraph"><strong>Stap:</strong> ${rule.step}</p>`} ${ruleItems(rule).length > 0 && renderTemplate`<ul class="utrecht-unordered-list"> ${ruleItems(rule).map((item) => renderTemplate`<li class="utrecht-unordered-list__item"> <span class="muted">${quickscanText.collections[item.collection]}:</span> <a class="utrecht-link"${addAttribute(entry(item.collection, item.id).href, "href")}>${entry(item.collection, item.id).title}</a> ${item.collection === "regelingen" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "SchemeStatusBadge", $$SchemeStatusBadge, {
			"lang": lang,
			"entry": schemeEntry(item.id),
			"compact": true
		})}` })}`} </li>`)} </ul>`} </div>`)} </dd> </div>`)} ${led.whenNotChosen.map((rule) => renderTemplate`<div class="qs-answer"> <dt>Als u ${rule.when[0].noneOf.map((id) => `‘${q.options.find((o) => o.id === id).label}’`).join(" en ")} niet aankruist</dt> <dd> <div class="qs-rule"> ${extraConditions(rule).length > 0 && renderTemplate`<p class="utrecht-paragraph"><em>Alleen als ${extraConditions(rule).join(" en ")}.</em></p>`} <p class="utrecht-paragraph"><strong>${quickscanText.why}</strong> ${rule.reason}</p> ${rule.step && renderTemplate`<p class="utrecht-paragraph"><strong>Stap:</strong> ${rule.step}</p>`} <ul class="utrecht-unordered-list"> ${ruleItems(rule).map((item) => renderTemplate`<li class="utrecht-unordered-list__item"> <span class="muted">${quickscanText.collections[item.collection]}:</span> <a class="utrecht-link"${addAttribute(entry(item.collection, item.id).href, "href")}>${entry(item.collection, item.id).title}</a> ${item.collection === "regelingen" && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "SchemeStatusBadge", $$SchemeStatusBadge, {
			"lang": lang,
			"entry": schemeEntry(item.id),
			"compact": true
		})}` })}`} </li>`)} </ul> </div> </dd> </div>`)} </dl>`} </section>`;
	})}${part.inReport && part.standings.length > 0 && renderTemplate`<section class="qs-static-standings" aria-labelledby="stand"> <h2 id="stand" class="utrecht-heading-2">Hoe Werkpad bepaalt waar u staat</h2> <p class="utrecht-paragraph prose">Elk antwoord telt mee: ‘nee’ of ‘nog niet’ als het begin, een tussenantwoord als halfweg, ‘ja’ als klaar. Het gemiddelde van de beantwoorde vragen bepaalt de stand. ‘Weet ik niet’ telt als het begin.</p> <dl class="qs-answers"> ${part.standings.map((s) => renderTemplate`<div class="qs-answer"> <dt>${s.label}</dt> <dd> <p class="utrecht-paragraph">${s.summary}</p> <p class="utrecht-paragraph"><strong>${quickscanText.nextSteps}:</strong> ${s.next}</p> </dd> </div>`)} </dl> </section>`}<nav class="qs-static-nav" aria-label="Onderdelen van de quickscan"> <ul class="utrecht-unordered-list"> ${previous && renderTemplate`<li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(`/quickscan/${previous.id}/`, "href")}>Vorig onderdeel: ${previous.title}</a></li>`} ${next && renderTemplate`<li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(`/quickscan/${next.id}/`, "href")}>Volgend onderdeel: ${next.title}</a></li>`} <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/quickscan/">Naar de quickscan</a></li> </ul> </nav> ` })}`;
}, "/work/main/site/pages/[...lang]/quickscan/[deel].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/quickscan/[deel].astro";
var $$url = "/[...lang]/quickscan/[deel]";
// \0virtual:astro:page:site/pages/[...lang]/quickscan/[deel]@_@astro
var page = () => _deel__exports;
export { page };
