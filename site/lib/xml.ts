/** Escapes text for XML (and HTML) content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

// XML 1.0 forbids most control characters, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML and drops characters XML 1.0 cannot carry at all. */
export function xmlText(text: string): string {
  return escapeXml(text.replace(INVALID_XML, ''));
}
