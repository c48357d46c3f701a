// site/scripts/scheme-status.ts
/** Today as the reader's calendar day, at UTC midnight like the content's dates. */
function readerToday(now = /* @__PURE__ */ new Date()) {
	return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
export { readerToday as t };
