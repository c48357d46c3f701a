import { d as fitLabel, p as statusLabel } from "./finder-page_CqP9n0Pp.mjs";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
// site/islands/finder-results.tsx
/** The list of results and the combinations among them. */
function FinderResults({ results, combinations, text, combinationsHeading, idPrefix }) {
	const byId = new Map(results.map((r) => [r.id, r]));
	const anchor = (id) => {
		const r = byId.get(id);
		return r ? /* @__PURE__ */ jsx("a", {
			className: "utrecht-link",
			href: `#${idPrefix}${id}`,
			lang: r.nameLang,
			children: r.name
		}) : null;
	};
	const Heading = `h${combinationsHeading}`;
	return /* @__PURE__ */ jsxs(Fragment, { children: [/* @__PURE__ */ jsx("ol", {
		className: "finder-results",
		children: results.map((r) => /* @__PURE__ */ jsx("li", {
			id: `${idPrefix}${r.id}`,
			className: "finder-result",
			children: /* @__PURE__ */ jsxs("article", {
				className: "card",
				children: [
					/* @__PURE__ */ jsx("h3", {
						className: "card__title",
						children: /* @__PURE__ */ jsx("a", {
							className: "utrecht-link",
							href: r.href,
							lang: r.nameLang,
							children: r.name
						})
					}),
					/* @__PURE__ */ jsxs("p", {
						className: "finder-result__meta",
						children: [
							/* @__PURE__ */ jsxs("span", {
								className: `status status--${r.status}`,
								...r.badgeData,
								children: [
									text["scheme.status"],
									": ",
									statusLabel(text, r.status)
								]
							}),
							" ",
							/* @__PURE__ */ jsx("span", {
								className: `finder-fit finder-fit--${r.fit}`,
								children: fitLabel(text, r.fit)
							})
						]
					}),
					/* @__PURE__ */ jsx("ul", {
						className: "finder-reasons",
						children: r.reasons.map((reason, i) => /* @__PURE__ */ jsxs("li", {
							className: `finder-reason finder-reason--${reason.type}`,
							children: [
								/* @__PURE__ */ jsx("strong", {
									className: "finder-reason__type",
									children: text[reason.type === "match" ? "finder.reason.match" : "finder.reason.gap"]
								}),
								" ",
								reason.text
							]
						}, i))
					}),
					r.combinesWith.length > 0 && /* @__PURE__ */ jsxs("p", {
						className: "finder-result__combines",
						children: [
							text["finder.combinesWith"],
							" ",
							r.combinesWith.map((id, i) => /* @__PURE__ */ jsxs("span", { children: [i > 0 && ", ", anchor(id)] }, id))
						]
					})
				]
			})
		}, r.id))
	}), results.length > 1 && /* @__PURE__ */ jsxs("section", {
		className: "finder-combinations",
		"aria-labelledby": `${idPrefix}combinaties`,
		children: [/* @__PURE__ */ jsx(Heading, {
			id: `${idPrefix}combinaties`,
			className: `utrecht-heading-${combinationsHeading}`,
			children: text["finder.combinations.title"]
		}), combinations.length > 0 ? /* @__PURE__ */ jsx("ul", {
			className: "utrecht-unordered-list",
			children: combinations.map(([a, b]) => /* @__PURE__ */ jsxs("li", {
				className: "utrecht-unordered-list__item",
				children: [
					anchor(a),
					" + ",
					anchor(b)
				]
			}, `${a}+${b}`))
		}) : /* @__PURE__ */ jsx("p", {
			className: "utrecht-paragraph",
			children: text["finder.combinations.none"]
		})]
	})] });
}
export { FinderResults as t };
