// site/lib/xml.ts
/** Escapes text for XML (and HTML) content and attribute values. */
function escapeXml(text) {
	return text.replace(/[&<>"']/g, (c) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&apos;"
	})[c]);
}
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Escapes text for XML and drops characters XML 1.0 cannot carry at all. */
function xmlText(text) {
	return escapeXml(text.replace(INVALID_XML, ""));
}
export { xmlText as t };
