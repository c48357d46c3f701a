import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { a as reportCollections, c as quickscanCatalog, d as quickscanFileSchema, i as quickscanReport, l as gemeenteNameSchema, n as chosen, s as quickscan, t as quickscanText, u as quickscanFileFormat } from "./_quickscan_B4RKFLCG.mjs";
import { t as readerToday } from "./scheme-status_gM47ZMHZ.mjs";
import { s as hrefOf } from "./content_DNH6Nqmv.mjs";
import { o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { Fragment as Fragment$1, jsx, jsxs } from "react/jsx-runtime";
// site/lib/quickscan-file.ts
/**
* Saving a quickscan as a JSON file and reading one back. The file holds the answers (what
* counts) and a readable copy of the report; reading it back checks it with the zod schema from
* `functions/contracts/quickscan.ts` and explains every problem in plain Dutch, naming the
* question. Browser-safe and pure: the island does the downloading and the file picking.
*/
/** Files larger than this are not a saved quickscan (one is a few kilobytes). */
var maxQuickscanFileBytes = 2e5;
/** The file to save: the answers, the gemeente's name and the report with titles and links. */
function savedScan(answers, gemeente, report, catalog, origin) {
	const title = (collection, id) => catalog[collection].find((e) => e.id === id);
	return {
		format: quickscanFileFormat,
		version: 1,
		savedAt: report.today,
		...gemeente.trim() ? { gemeente: gemeente.trim() } : {},
		answers,
		report: report.parts.map((p) => ({
			onderdeel: p.title,
			stand: p.standing?.label ?? "niet ingevuld",
			stappen: p.steps.map((s) => s.text),
			aanbevelingen: Object.values(p.recommendations).flat().map((r) => {
				const entry = title(r.collection, r.id);
				return {
					soort: r.collection,
					titel: entry?.title ?? r.id,
					url: entry ? new URL(entry.href, origin).href : void 0,
					...r.status ? { status: r.status } : {},
					waarom: r.reasons.map((reason) => reason.text)
				};
			})
		}))
	};
}
var sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/**
* Reads the text of a chosen file. Problems come back as Dutch sentences: not JSON, not a saved
* quickscan, or per question what is wrong ("Bij de vraag ‘…’: dit antwoord bestaat niet …").
*/
function readSavedScan(text, parts) {
	if (text.length > 2e5) return {
		ok: false,
		problems: ["Dit bestand is te groot voor een opgeslagen quickscan."]
	};
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			problems: ["Dit is geen JSON-bestand. Kies het bestand dat u eerder met ‘Opslaan als bestand’ heeft bewaard."]
		};
	}
	const result = quickscanFileSchema(parts).safeParse(json);
	if (result.success) return {
		ok: true,
		file: result.data
	};
	const questions = new Map(parts.flatMap((p) => p.questions).map((q) => [q.id, q.text]));
	const problems = result.error.issues.map((issue) => {
		const [first, second] = issue.path;
		if (first === "answers" && typeof second === "string") {
			const question = questions.get(second);
			return question ? `Bij de vraag ‘${question}’: ${issue.message}.` : `Bij ‘${second}’: ${issue.message}.`;
		}
		if (first === "gemeente") return `Bij de naam van de gemeente: ${issue.message}.`;
		return `${sentence(issue.message)}.`;
	});
	return {
		ok: false,
		problems: [...new Set(problems)].slice(0, 8)
	};
}
/** A file name for the download: `quickscan-<gemeente>-<day>.json`, safe on every system. */
function scanFileName(gemeente, day) {
	const slug = gemeente.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
	return `quickscan-${slug ? `${slug}-` : ""}${day}.json`;
}
// site/islands/QuickscanReport.tsx
var formatDay = (day) => new Intl.DateTimeFormat("nl", {
	day: "numeric",
	month: "long",
	year: "numeric",
	timeZone: "UTC"
}).format(/* @__PURE__ */ new Date(`${day}T00:00:00Z`));
function PartSection({ part, n, catalog }) {
	const id = `qs-deel-${part.part}`;
	const groups = reportCollections.filter((c) => part.recommendations[c].length > 0);
	return /* @__PURE__ */ jsxs("section", {
		className: "qs-part",
		"aria-labelledby": id,
		children: [
			/* @__PURE__ */ jsxs("h3", {
				id,
				className: "utrecht-heading-3 qs-part__title",
				children: [
					n,
					". ",
					part.title
				]
			}),
			part.standing ? /* @__PURE__ */ jsxs("div", {
				className: `qs-standing qs-standing--${part.standing.id}`,
				children: [/* @__PURE__ */ jsxs("p", {
					className: "qs-standing__label",
					children: [
						quickscanText.standing,
						": ",
						/* @__PURE__ */ jsx("strong", { children: part.standing.label }),
						/* @__PURE__ */ jsxs("span", {
							className: "qs-standing__count",
							children: [
								" (",
								quickscanText.answeredOf(part.answered, part.questions),
								")"
							]
						})
					]
				}), /* @__PURE__ */ jsx("p", {
					className: "utrecht-paragraph",
					children: part.standing.summary
				})]
			}) : /* @__PURE__ */ jsx("p", {
				className: "utrecht-paragraph qs-standing qs-standing--leeg",
				children: part.answered > 0 ? quickscanText.noStanding : quickscanText.notAnswered
			}),
			part.steps.length > 0 && /* @__PURE__ */ jsxs(Fragment$1, { children: [/* @__PURE__ */ jsx("h4", {
				className: "qs-subtitle",
				children: quickscanText.nextSteps
			}), /* @__PURE__ */ jsx("ol", {
				className: "qs-steps",
				children: part.steps.map((s) => /* @__PURE__ */ jsx("li", { children: s.text }, s.rule))
			})] }),
			groups.length === 0 && part.standing && /* @__PURE__ */ jsx("p", {
				className: "utrecht-paragraph",
				children: quickscanText.nothing
			}),
			groups.map((collection) => /* @__PURE__ */ jsxs("div", {
				className: "qs-group",
				children: [/* @__PURE__ */ jsx("h4", {
					className: "qs-subtitle",
					children: quickscanText.collections[collection]
				}), /* @__PURE__ */ jsx("ul", {
					className: "qs-recs",
					children: part.recommendations[collection].map((r) => {
						const entry = catalog[collection].find((e) => e.id === r.id);
						return /* @__PURE__ */ jsxs("li", {
							className: "qs-rec",
							"data-entry": `${collection}/${r.id}`,
							children: [
								/* @__PURE__ */ jsxs("p", {
									className: "qs-rec__title",
									children: [/* @__PURE__ */ jsx("a", {
										className: "utrecht-link",
										href: entry.href,
										lang: entry.lang,
										children: entry.title
									}), r.status && /* @__PURE__ */ jsxs(Fragment$1, { children: [" ", /* @__PURE__ */ jsxs("span", {
										className: `status status--${r.status}`,
										children: [
											quickscanText.statusPrefix,
											": ",
											quickscanText.status[r.status]
										]
									})] })]
								}),
								/* @__PURE__ */ jsxs("p", {
									className: "qs-rec__why",
									children: [
										/* @__PURE__ */ jsx("strong", { children: quickscanText.why }),
										" ",
										r.reasons.map((reason) => reason.text).join(" "),
										r.status && r.status !== "doorlopend" && /* @__PURE__ */ jsxs(Fragment$1, { children: [" ", quickscanText.statusHint[r.status]] })
									]
								}),
								entry.solutions && entry.solutions.length > 0 && /* @__PURE__ */ jsxs("p", {
									className: "qs-rec__solutions",
									children: [
										/* @__PURE__ */ jsx("strong", { children: quickscanText.solutions }),
										" ",
										entry.solutions.join("; "),
										"."
									]
								})
							]
						}, r.id);
					})
				})]
			}, collection)),
			part.misses.filter((miss) => quickscanText.missWhat[miss.collection]).map((miss) => /* @__PURE__ */ jsxs("p", {
				className: "utrecht-paragraph qs-miss",
				children: [
					quickscanText.miss(quickscanText.missWhat[miss.collection], miss.field, miss.labels),
					" ",
					miss.collection === "praktijkvoorbeelden" && /* @__PURE__ */ jsx("a", {
						className: "utrecht-link",
						href: quickscanText.submitHref,
						children: quickscanText.missInvite
					})
				]
			}, miss.rule))
		]
	});
}
/** The report. */
function QuickscanReportView({ report, catalog, gemeente, region, sectors, actions, headingRef }) {
	return /* @__PURE__ */ jsxs("section", {
		className: "qs-report",
		"aria-labelledby": "qs-rapport",
		children: [
			/* @__PURE__ */ jsx("h2", {
				id: "qs-rapport",
				className: "utrecht-heading-2 qs-report__title",
				tabIndex: -1,
				ref: headingRef,
				children: quickscanText.reportTitle(gemeente)
			}),
			/* @__PURE__ */ jsx("p", {
				className: "utrecht-paragraph",
				children: quickscanText.reportIntro
			}),
			/* @__PURE__ */ jsxs("dl", {
				className: "facts qs-context",
				children: [
					/* @__PURE__ */ jsx("dt", { children: quickscanText.region }),
					/* @__PURE__ */ jsx("dd", { children: region ?? quickscanText.notGiven }),
					/* @__PURE__ */ jsx("dt", { children: quickscanText.sectors }),
					/* @__PURE__ */ jsx("dd", { children: sectors.length > 0 ? sectors.join(", ") : quickscanText.notGiven }),
					/* @__PURE__ */ jsx("dt", { children: quickscanText.date }),
					/* @__PURE__ */ jsx("dd", { children: formatDay(report.today) })
				]
			}),
			actions,
			/* @__PURE__ */ jsx("div", {
				className: "table-scroll qs-overview-wrap",
				children: /* @__PURE__ */ jsxs("table", {
					className: "chart-table qs-overview",
					children: [
						/* @__PURE__ */ jsx("caption", { children: quickscanText.overviewCaption }),
						/* @__PURE__ */ jsx("thead", { children: /* @__PURE__ */ jsxs("tr", { children: [
							/* @__PURE__ */ jsx("th", {
								scope: "col",
								children: quickscanText.part
							}),
							/* @__PURE__ */ jsx("th", {
								scope: "col",
								children: quickscanText.standing
							}),
							/* @__PURE__ */ jsx("th", {
								scope: "col",
								children: quickscanText.firstStep
							})
						] }) }),
						/* @__PURE__ */ jsx("tbody", { children: report.parts.map((p, i) => /* @__PURE__ */ jsxs("tr", { children: [
							/* @__PURE__ */ jsx("th", {
								scope: "row",
								children: /* @__PURE__ */ jsxs("a", {
									className: "utrecht-link",
									href: `#qs-deel-${p.part}`,
									children: [
										i + 1,
										". ",
										p.title
									]
								})
							}),
							/* @__PURE__ */ jsx("td", { children: p.standing?.label ?? quickscanText.notGiven }),
							/* @__PURE__ */ jsx("td", { children: p.steps[0]?.text ?? "–" })
						] }, p.part)) })
					]
				})
			}),
			report.parts.map((p, i) => /* @__PURE__ */ jsx(PartSection, {
				part: p,
				n: i + 1,
				catalog
			}, p.part)),
			/* @__PURE__ */ jsx("p", {
				className: "meta-line qs-status-note",
				children: quickscanText.statusOn(formatDay(report.today))
			})
		]
	});
}
// site/islands/QuickscanApp.tsx
/**
* The quickscan on one page: one part of the Doorbraakgarage approach per step, progress shown,
* then the report, which can be printed, saved as a JSON file and opened again later.
*
* Answers stay in the browser: in memory, and in `sessionStorage` so a reload or a look at a
* linked page in the same tab does not lose them. Nothing is sent anywhere; the report is
* computed here by `quickscanReport()` from the rules the build checked, with each scheme's status
* for the reader's day.
*
* The server renders nothing: without JavaScript the page shows a note and the static step pages
* (the questions and what each answer leads to) instead.
*/
/** What `sessionStorage` keeps between reloads of the tab. */
var storageKey = "werkpad:quickscan";
function readStored(data) {
	try {
		const raw = window.sessionStorage.getItem(storageKey);
		if (!raw) return void 0;
		const stored = JSON.parse(raw);
		const file = quickscanFileSchema(data.parts).safeParse(stored.file);
		if (!file.success) return void 0;
		const step = typeof stored.step === "number" && Number.isInteger(stored.step) ? Math.min(Math.max(stored.step, 0), data.parts.length) : 0;
		return {
			answers: file.data.answers,
			gemeente: file.data.gemeente ?? "",
			step
		};
	} catch {
		return;
	}
}
var questionId = (q) => `qs-vraag-${q.id}`;
/** The quickscan island. */
function QuickscanApp({ data, catalog }) {
	const [mounted, setMounted] = useState(false);
	const [answers, setAnswers] = useState({});
	const [gemeente, setGemeente] = useState("");
	const [step, setStep] = useState(0);
	const [problems, setProblems] = useState([]);
	const [notice, setNotice] = useState(null);
	const headingRef = useRef(null);
	const reportRef = useRef(null);
	const summaryRef = useRef(null);
	const noticeRef = useRef(null);
	const moveFocus = useRef(null);
	const total = data.parts.length;
	const onReport = step >= total;
	useEffect(() => {
		const stored = readStored(data);
		if (stored) {
			setAnswers(stored.answers);
			setGemeente(stored.gemeente);
			setStep(stored.step);
		}
		setMounted(true);
	}, [data]);
	useEffect(() => {
		if (!mounted) return;
		const name = gemeenteNameSchema.safeParse(gemeente);
		const file = {
			format: quickscanFileFormat,
			version: 1,
			answers,
			...gemeente.trim() && name.success ? { gemeente: name.data } : {}
		};
		try {
			window.sessionStorage.setItem(storageKey, JSON.stringify({
				step,
				file
			}));
		} catch {}
	}, [
		mounted,
		answers,
		gemeente,
		step
	]);
	useEffect(() => {
		const target = moveFocus.current;
		moveFocus.current = null;
		if (target === "heading") (onReport ? reportRef.current : headingRef.current)?.focus();
		if (target === "summary") summaryRef.current?.focus();
		if (target === "notice") noticeRef.current?.focus();
	});
	const today = useMemo(() => readerToday(), []);
	const report = useMemo(() => onReport ? quickscanReport(data, answers, catalog, today) : void 0, [
		onReport,
		data,
		answers,
		catalog,
		today
	]);
	if (!mounted) return null;
	const labelOf = (q, id) => q?.options.find((o) => o.id === id)?.label ?? id;
	const allQuestions = data.parts.flatMap((p) => p.questions);
	const regionQuestion = allQuestions.find((q) => q.optionsFrom === "regions");
	const sectorQuestion = allQuestions.find((q) => q.optionsFrom === "sectors");
	const go = (next) => {
		setProblems([]);
		setNotice(null);
		setStep(next);
		moveFocus.current = "heading";
	};
	const check = (index) => {
		const found = [];
		for (const q of data.parts[index]?.questions ?? []) {
			const picked = chosen(answers, q.id);
			if (q.required && picked.length === 0) found.push({
				question: q.id,
				message: quickscanText.required(q.text)
			});
			if (q.max !== void 0 && picked.length > q.max) found.push({
				question: q.id,
				message: quickscanText.tooMany(q.text, q.max)
			});
		}
		const issue = (index === 0 && gemeente.trim() ? gemeenteNameSchema.safeParse(gemeente) : void 0)?.error?.issues[0]?.message;
		if (issue) found.push({
			question: "gemeente",
			message: `${issue.charAt(0).toUpperCase()}${issue.slice(1)}.`
		});
		return found;
	};
	const submit = (event) => {
		event.preventDefault();
		if (step === total - 1) return toReport();
		const found = check(step);
		if (found.length > 0) {
			setProblems(found);
			moveFocus.current = "summary";
			return;
		}
		go(step + 1);
	};
	const toReport = () => {
		const index = data.parts.findIndex((_, i) => check(i).length > 0);
		if (index === -1) return go(total);
		setStep(index);
		setProblems(check(index));
		moveFocus.current = "summary";
	};
	const setOne = (q, value) => setAnswers((a) => ({
		...a,
		[q.id]: value
	}));
	const clearOne = (q) => setAnswers((a) => {
		const { [q.id]: _, ...rest } = a;
		return rest;
	});
	const toggle = (q, value, on) => setAnswers((a) => {
		const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id));
		const current = chosen(a, q.id);
		const next = on ? exclusive.has(value) ? [value] : [...current.filter((c) => !exclusive.has(c)), value] : current.filter((c) => c !== value);
		const { [q.id]: _, ...rest } = a;
		return next.length > 0 ? {
			...rest,
			[q.id]: q.options.map((o) => o.id).filter((id) => next.includes(id))
		} : rest;
	});
	const save = () => {
		if (!report) return;
		const file = savedScan(answers, gemeenteNameSchema.safeParse(gemeente).data ?? "", report, catalog, window.location.origin);
		const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: "application/json" }));
		const link = document.createElement("a");
		link.href = url;
		link.download = scanFileName(gemeente, report.today);
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 0);
	};
	const load = async (input) => {
		const picked = input.files?.[0];
		input.value = "";
		if (!picked) return;
		const result = readSavedScan(picked.size > 2e5 ? "x".repeat(maxQuickscanFileBytes + 1) : await picked.text(), data.parts);
		if (!result.ok) {
			setNotice({
				kind: "error",
				title: quickscanText.load.failed,
				problems: result.problems
			});
			moveFocus.current = "notice";
			return;
		}
		setAnswers(result.file.answers);
		setGemeente(result.file.gemeente ?? "");
		setProblems([]);
		setStep(total);
		setNotice({
			kind: "ok",
			text: quickscanText.load.loaded
		});
		moveFocus.current = "notice";
	};
	const restart = () => {
		setAnswers({});
		setGemeente("");
		setProblems([]);
		setStep(0);
		setNotice({
			kind: "ok",
			text: quickscanText.restarted
		});
		moveFocus.current = "heading";
	};
	const noticeView = notice && /* @__PURE__ */ jsx("div", {
		ref: noticeRef,
		tabIndex: -1,
		className: `utrecht-alert utrecht-alert--${notice.kind === "ok" ? "ok" : "error"} qs-notice`,
		role: notice.kind === "ok" ? "status" : "alert",
		children: notice.kind === "ok" ? /* @__PURE__ */ jsx("p", {
			className: "utrecht-paragraph",
			children: notice.text
		}) : /* @__PURE__ */ jsxs(Fragment$1, { children: [/* @__PURE__ */ jsx("p", {
			className: "utrecht-paragraph",
			children: /* @__PURE__ */ jsxs("strong", { children: [notice.title, ":"] })
		}), /* @__PURE__ */ jsx("ul", {
			className: "utrecht-unordered-list",
			children: notice.problems.map((p) => /* @__PURE__ */ jsx("li", {
				className: "utrecht-unordered-list__item",
				children: p
			}, p))
		})] })
	});
	const loader = /* @__PURE__ */ jsxs("section", {
		className: "qs-load",
		"aria-labelledby": "qs-openen",
		children: [/* @__PURE__ */ jsx("h2", {
			id: "qs-openen",
			className: "utrecht-heading-3",
			children: quickscanText.load.title
		}), /* @__PURE__ */ jsxs("div", {
			className: "utrecht-form-field",
			children: [
				/* @__PURE__ */ jsx("label", {
					className: "utrecht-form-label",
					htmlFor: "qs-bestand",
					children: quickscanText.load.label
				}),
				/* @__PURE__ */ jsx("p", {
					className: "utrecht-form-field-description",
					id: "qs-bestand-uitleg",
					children: quickscanText.load.hint
				}),
				/* @__PURE__ */ jsx("input", {
					className: "qs-file",
					type: "file",
					id: "qs-bestand",
					accept: "application/json,.json",
					"aria-describedby": "qs-bestand-uitleg",
					onChange: (e) => void load(e.currentTarget)
				})
			]
		})]
	});
	const progress = /* @__PURE__ */ jsx("ol", {
		className: "qs-progress",
		"aria-label": quickscanText.progressLabel,
		children: [...data.parts.map((p) => p.title), quickscanText.report].map((title, i) => /* @__PURE__ */ jsxs("li", {
			className: `qs-progress__item${i === step ? " qs-progress__item--current" : i < step ? " qs-progress__item--done" : ""}`,
			"aria-current": i === step ? "step" : void 0,
			children: [
				/* @__PURE__ */ jsx("span", {
					className: "qs-progress__n",
					"aria-hidden": "true",
					children: i < total ? i + 1 : "✓"
				}),
				" ",
				title,
				i < step && /* @__PURE__ */ jsxs("span", {
					className: "visually-hidden",
					children: [" ", quickscanText.done]
				})
			]
		}, title))
	});
	if (onReport && report) {
		const actions = /* @__PURE__ */ jsxs("div", {
			className: "qs-actions",
			role: "group",
			"aria-label": quickscanText.actions,
			children: [
				/* @__PURE__ */ jsx("button", {
					type: "button",
					className: "utrecht-button utrecht-button--primary-action",
					onClick: () => window.print(),
					children: quickscanText.print
				}),
				/* @__PURE__ */ jsx("button", {
					type: "button",
					className: "utrecht-button utrecht-button--secondary-action",
					onClick: save,
					children: quickscanText.save
				}),
				/* @__PURE__ */ jsx("button", {
					type: "button",
					className: "utrecht-button utrecht-button--secondary-action",
					onClick: () => go(0),
					children: quickscanText.edit
				}),
				/* @__PURE__ */ jsx("button", {
					type: "button",
					className: "utrecht-button utrecht-button--subtle",
					onClick: restart,
					children: quickscanText.restart
				})
			]
		});
		const region = regionQuestion ? chosen(answers, regionQuestion.id)[0] : void 0;
		return /* @__PURE__ */ jsxs("div", {
			className: "qs",
			children: [
				progress,
				noticeView,
				/* @__PURE__ */ jsx(QuickscanReportView, {
					report,
					catalog,
					gemeente: gemeenteNameSchema.safeParse(gemeente).data ?? "",
					region: region ? labelOf(regionQuestion, region) : void 0,
					sectors: sectorQuestion ? chosen(answers, sectorQuestion.id).map((s) => labelOf(sectorQuestion, s)) : [],
					actions,
					headingRef: reportRef
				}),
				loader
			]
		});
	}
	const part = data.parts[step];
	const invalid = new Set(problems.map((p) => p.question));
	const describedBy = (q) => [q.help ? `${questionId(q)}-uitleg` : "", invalid.has(q.id) ? `${questionId(q)}-fout` : ""].filter(Boolean).join(" ") || void 0;
	const errorOf = (q) => invalid.has(q.id) ? /* @__PURE__ */ jsx("p", {
		className: "utrecht-form-field-error-message",
		id: `${questionId(q)}-fout`,
		children: problems.find((p) => p.question === q.id)?.message
	}) : null;
	const help = (q) => q.help ? /* @__PURE__ */ jsx("p", {
		className: "utrecht-form-field-description",
		id: `${questionId(q)}-uitleg`,
		children: q.help
	}) : null;
	const question = (q) => {
		const picked = chosen(answers, q.id);
		const mark = q.required ? /* @__PURE__ */ jsxs("span", {
			className: "form-mark",
			children: [" ", quickscanText.requiredMark]
		}) : null;
		if (q.kind === "one" && q.options.length > 12) return /* @__PURE__ */ jsxs("div", {
			className: `utrecht-form-field qs-question${invalid.has(q.id) ? " utrecht-form-field--invalid" : ""}`,
			children: [
				/* @__PURE__ */ jsxs("label", {
					className: "utrecht-form-label qs-question__text",
					htmlFor: questionId(q),
					children: [q.text, mark]
				}),
				help(q),
				errorOf(q),
				/* @__PURE__ */ jsxs("select", {
					className: "utrecht-select utrecht-select--html-select",
					id: questionId(q),
					value: picked[0] ?? "",
					"aria-describedby": describedBy(q),
					"aria-invalid": invalid.has(q.id) || void 0,
					onChange: (e) => e.target.value ? setOne(q, e.target.value) : clearOne(q),
					children: [/* @__PURE__ */ jsx("option", {
						value: "",
						children: quickscanText.chooseRegion
					}), q.options.map((o) => /* @__PURE__ */ jsx("option", {
						value: o.id,
						children: o.label
					}, o.id))]
				})
			]
		}, q.id);
		return /* @__PURE__ */ jsxs("fieldset", {
			id: questionId(q),
			tabIndex: -1,
			className: `utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group qs-question${invalid.has(q.id) ? " utrecht-form-fieldset--invalid" : ""}`,
			"aria-describedby": describedBy(q),
			children: [
				/* @__PURE__ */ jsxs("legend", {
					className: "utrecht-form-fieldset__legend qs-question__text",
					children: [q.text, mark]
				}),
				help(q),
				errorOf(q),
				/* @__PURE__ */ jsx("div", {
					className: q.optionsFrom ? "choice-group__options" : "qs-options",
					children: q.options.map((o) => {
						const id = `${questionId(q)}-${o.id}`;
						return /* @__PURE__ */ jsxs("div", {
							className: "choice",
							children: [q.kind === "one" ? /* @__PURE__ */ jsx("input", {
								type: "radio",
								className: "utrecht-radio-button utrecht-radio-button--html-input",
								id,
								name: q.id,
								value: o.id,
								checked: picked.includes(o.id),
								onChange: () => setOne(q, o.id)
							}) : /* @__PURE__ */ jsx("input", {
								type: "checkbox",
								className: "utrecht-checkbox utrecht-checkbox--html-input",
								id,
								name: q.id,
								value: o.id,
								checked: picked.includes(o.id),
								onChange: (e) => toggle(q, o.id, e.target.checked)
							}), /* @__PURE__ */ jsx("label", {
								className: "utrecht-form-label utrecht-form-label--checkbox",
								htmlFor: id,
								children: o.label
							})]
						}, o.id);
					})
				})
			]
		}, q.id);
	};
	return /* @__PURE__ */ jsxs("div", {
		className: "qs",
		children: [
			progress,
			noticeView,
			/* @__PURE__ */ jsxs("form", {
				className: "qs-form",
				onSubmit: submit,
				noValidate: true,
				"aria-labelledby": "qs-stap",
				children: [
					/* @__PURE__ */ jsx("p", {
						className: "finder-step",
						children: quickscanText.stepOf(step + 1, total)
					}),
					/* @__PURE__ */ jsx("h2", {
						id: "qs-stap",
						className: "utrecht-heading-2 qs-form__title",
						tabIndex: -1,
						ref: headingRef,
						children: part.title
					}),
					/* @__PURE__ */ jsx("p", {
						className: "utrecht-paragraph qs-intro",
						children: part.intro
					}),
					step === 0 ? /* @__PURE__ */ jsx("p", {
						className: "utrecht-paragraph qs-privacy",
						children: quickscanText.privacy
					}) : /* @__PURE__ */ jsx("p", {
						className: "utrecht-paragraph muted",
						children: quickscanText.skip
					}),
					problems.length > 0 && /* @__PURE__ */ jsxs("div", {
						ref: summaryRef,
						tabIndex: -1,
						className: "error-summary utrecht-alert utrecht-alert--error",
						role: "alert",
						"aria-labelledby": "qs-fouten",
						children: [/* @__PURE__ */ jsx("h3", {
							id: "qs-fouten",
							className: "utrecht-heading-3 error-summary__title",
							children: quickscanText.errorTitle
						}), /* @__PURE__ */ jsx("ul", {
							className: "utrecht-unordered-list",
							children: problems.map((p) => /* @__PURE__ */ jsx("li", {
								className: "utrecht-unordered-list__item",
								children: /* @__PURE__ */ jsx("a", {
									className: "utrecht-link",
									href: `#qs-vraag-${p.question}`,
									children: p.message
								})
							}, p.question))
						})]
					}),
					step === 0 && /* @__PURE__ */ jsxs("div", {
						className: `utrecht-form-field qs-question${invalid.has("gemeente") ? " utrecht-form-field--invalid" : ""}`,
						children: [
							/* @__PURE__ */ jsxs("label", {
								className: "utrecht-form-label qs-question__text",
								htmlFor: "qs-vraag-gemeente",
								children: [quickscanText.gemeenteLabel, /* @__PURE__ */ jsxs("span", {
									className: "form-mark",
									children: [" ", quickscanText.optionalMark]
								})]
							}),
							/* @__PURE__ */ jsx("p", {
								className: "utrecht-form-field-description",
								id: "qs-vraag-gemeente-uitleg",
								children: quickscanText.gemeenteHint
							}),
							/* @__PURE__ */ jsx("input", {
								className: "utrecht-textbox utrecht-textbox--html-input",
								type: "text",
								id: "qs-vraag-gemeente",
								autoComplete: "off",
								maxLength: 100,
								value: gemeente,
								"aria-describedby": "qs-vraag-gemeente-uitleg",
								onChange: (e) => setGemeente(e.target.value)
							})
						]
					}),
					part.questions.map(question),
					/* @__PURE__ */ jsxs("div", {
						className: "qs-nav",
						children: [step > 0 && /* @__PURE__ */ jsx("button", {
							type: "button",
							className: "utrecht-button utrecht-button--secondary-action",
							onClick: () => go(step - 1),
							children: quickscanText.previous
						}), /* @__PURE__ */ jsx("button", {
							type: "submit",
							className: "utrecht-button utrecht-button--primary-action",
							children: step < total - 1 ? quickscanText.next : quickscanText.toReport
						})]
					})
				]
			}),
			step === 0 && loader
		]
	});
}
// site/pages/[...lang]/quickscan/index.astro
var quickscan_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(["nl"]);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const steps = quickscan.parts.map((p, i) => ({
		n: i + 1,
		title: p.title,
		href: `/quickscan/${p.id}/`,
		questions: p.questions.length
	}));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": quickscanText.title,
		"description": "Waar staat uw gemeente met leerwerkplekken voor statushouders? Beantwoord vragen in de vier stappen van de Doorbraakgarage en krijg een rapport met voorbeelden, regelingen en oplossingen die bij u passen.",
		"lang": lang,
		"path": "/quickscan/",
		"langs": ["nl"]
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: "Quickscan" }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${quickscanText.title}</h1> <div class="qs-page-intro"> <p class="lead">Waar staat uw gemeente met werk voor statushouders, en wat kunt u nu doen? Beantwoord de vragen en u krijgt een rapport dat u kunt afdrukken voor de wethouder.</p> <p class="utrecht-paragraph prose">De vragen volgen de vier stappen van de <a class="utrecht-link"${addAttribute(hrefOf("praktijkvoorbeelden", "doorbraakgarage-energieke-wijken"), "href")}>Doorbraakgarage</a>: een lokaal leerwerkaanbod, de knelpunten, de doorbraken die nodig zijn, en afspraken over rollen, taken en vaste financiering. Het rapport noemt per onderdeel waar u staat en wat u kunt doen, met praktijkvoorbeelden, regelingen, knelpunten en lessen die bij uw antwoorden, regio en sectoren passen, en waarom.</p> </div> <noscript> <div class="utrecht-alert utrecht-alert--warning qs-noscript" role="note"> <p class="utrecht-paragraph"><strong>Voor het invullen en het rapport is JavaScript nodig.</strong> Dan rekent uw eigen browser het rapport uit en blijven uw antwoorden op uw computer. Zonder JavaScript kunt u hieronder per onderdeel de vragen lezen, en zien wat Werkpad bij elk antwoord aanraadt en waarom.</p> </div> </noscript> ${renderComponent($$result, "QuickscanApp", QuickscanApp, {
		"client:load": true,
		"data": quickscan,
		"catalog": quickscanCatalog(),
		"client:component-hydration": "load",
		"client:component-path": "/work/main/site/islands/QuickscanApp.tsx",
		"client:component-export": "default"
	})} <section class="qs-static-steps" aria-labelledby="per-onderdeel"> <h2 id="per-onderdeel" class="utrecht-heading-2">De vragen per onderdeel</h2> <p class="utrecht-paragraph prose">Lees per onderdeel de vragen, en wat Werkpad bij elk antwoord aanraadt en waarom. Dit werkt ook zonder JavaScript. U kunt deze pagina's afdrukken om de scan samen met collega's door te nemen.</p> <ol class="finder-choices qs-static-list"> ${steps.map((s) => renderTemplate`<li><a class="finder-choice"${addAttribute(s.href, "href")}>${s.n}. ${s.title} <span class="finder-choice__count">(${s.questions} ${s.questions === 1 ? "vraag" : "vragen"})</span></a></li>`)} </ol> </section> ` })}`;
}, "/work/main/site/pages/[...lang]/quickscan/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/quickscan/index.astro";
var $$url = "/[...lang]/quickscan";
// \0virtual:astro:page:site/pages/[...lang]/quickscan/index@_@astro
var page = () => quickscan_exports;
export { page };
