import { d as schemeStatuses } from "./funding-finder_-zDxvNKF.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
// site/lib/status-badge.ts
/** The badge words in `lang`. */
function statusBadgeLabels(lang) {
	return {
		...Object.fromEntries(schemeStatuses.map((s) => [s, t(lang, `schemeStatus.${s}`)])),
		prefix: t(lang, "scheme.status"),
		computedOn: t(lang, "scheme.computedOn")
	};
}
var day = (date) => date ? date.toISOString().slice(0, 10) : null;
/** The `data-*` attributes of a badge, read by `site/scripts/scheme-status.ts`. */
function statusBadgeData(scheme, status, labels) {
	return {
		"data-scheme-status": status,
		"data-windows": JSON.stringify(scheme.windows.map((w) => ({
			opens: day(w.opens),
			closes: day(w.closes)
		}))),
		"data-ongoing": String(scheme.ongoing),
		"data-labels": JSON.stringify(labels)
	};
}
export { statusBadgeLabels as n, statusBadgeData as t };
