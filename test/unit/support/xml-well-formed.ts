/**
 * A small XML well-formedness check for tests (no XML parser ships with Node): tags nest and
 * close, attribute values are quoted, `<` never appears in text or attributes, and every `&`
 * starts a known entity or a character reference. Returns the problems found (empty: fine).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  const checkText = (text: string, where: number) => {
    for (const m of text.matchAll(/&([^;\s]*);?/g)) {
      if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1] ?? '') || !m[0].endsWith(';')) problems.push(`bad entity "${m[0]}" at ${where + (m.index ?? 0)}`);
    }
    if (text.includes('>') && /\]\]>/.test(text)) problems.push(`"]]>" in text at ${where}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    checkText(text, i);
    if (lt === -1) {
      if (text.trim() !== '') problems.push('text after the root element');
      break;
    }
    if (stack.length === 0 && text.trim() !== '' ) problems.push(`text outside the root at ${i}`);
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1) return [...problems, 'comment not closed'];
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return [...problems, `tag not closed at ${lt}`];
    const tag = xml.slice(lt + 1, gt);
    if (tag.includes('<')) problems.push(`"<" inside a tag at ${lt}`);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[A-Za-z_][\w.:-]*/.exec(body)?.[0];
      if (!name) problems.push(`bad tag name at ${lt}`);
      const attributes = body.slice(name?.length ?? 0);
      const rest = attributes.replace(/\s+[A-Za-z_][\w.:-]*\s*=\s*("[^"<]*"|'[^'<]*')/g, (a) => {
        checkText(a, lt);
        return '';
      });
      if (rest.trim() !== '') problems.push(`bad attributes "${rest.trim()}" in <${name}> at ${lt}`);
      if (!selfClosing && name) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) problems.push(`not closed: ${stack.join(', ')}`);
  return problems;
}
