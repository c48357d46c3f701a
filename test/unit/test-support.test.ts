import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from './support/rfc4180.ts';
import { xmlProblems } from './support/xml-well-formed.ts';

// The readers that check the exports must themselves reject what is broken.
describe('test support: RFC 4180 reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n,\r\n')).toEqual([['a', 'b,c', 'd "e"', 'f\r\ng'], ['', '']]);
  });
  it('rejects bare LF, stray quotes, unclosed quotes and a missing final CRLF', () => {
    expect(() => parseCsv('a,b\n')).toThrow(/bare line break/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"ab\r\n')).toThrow(/not closed/);
    expect(() => parseCsv('"a"b\r\n')).toThrow(/after closing quote/);
    expect(() => parseCsv('a,b')).toThrow(/CRLF/);
  });
  it('rejects records with a different number of fields than the header', () => {
    expect(() => csvObjects('\uFEFFa,b\r\n1\r\n')).toThrow(/1 fields, header 2/);
  });
});

describe('test support: XML check', () => {
  it('accepts well-formed XML and reports broken nesting, raw < and &, and unquoted attributes', () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<a x="1"><b/>&amp;&#38;</a>\n')).toEqual([]);
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a x=1></a>')).not.toEqual([]);
    expect(xmlProblems('<a x="<"></a>')).not.toEqual([]);
    expect(xmlProblems('<a>')).not.toEqual([]);
  });
});
