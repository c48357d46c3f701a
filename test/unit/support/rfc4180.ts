/**
 * A strict RFC 4180 reader for tests, written apart from the exporter so the two check each
 * other: records end in CRLF, quoted fields may hold commas, quotes (doubled) and line breaks, a
 * bare quote inside an unquoted field or a lone LF is an error.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: quoted field not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text.slice(i, i + 2) !== '\r\n') throw new Error(`CSV: text after closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') {
      endField();
      i++;
    } else if (text.slice(i, i + 2) === '\r\n') {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (text[i] === '\n' || text[i] === '\r') {
      throw new Error(`CSV: bare line break at ${i}`);
    } else if (text[i] === '"') {
      throw new Error(`CSV: quote inside an unquoted field at ${i}`);
    } else {
      field += text[i++];
    }
  }
  if (field !== '' || record.length > 0) throw new Error('CSV: last record does not end with CRLF');
  return records;
}

/** Header and rows as objects keyed by column name; every record must have as many fields as the header. */
export function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new Error('CSV: no header');
  const rows = records.map((r, n) => {
    if (r.length !== header.length) throw new Error(`CSV: record ${n + 1} has ${r.length} fields, header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
  return { header, rows };
}
