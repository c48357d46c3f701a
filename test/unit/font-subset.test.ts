import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { codePointGlyphs, readWoff, subsetTables, toWoff2, unicodeRange, type Tables } from '../../site/integrations/font-subset.ts';
import { ethiopicCodePoints } from '../../site/integrations/ethiopic-font.ts';

const files = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-ethiopic/LICENSE')), 'files');
const source = () => readWoff(readFileSync(path.join(files, 'noto-sans-ethiopic-ethiopic-400-normal.woff')));

/** Reads back a WOFF2 file with null transforms, the way a browser's decoder does. */
function readWoff2(file: Buffer): { tables: Tables; header: { length: number; totalSfntSize: number } } {
  expect(file.toString('latin1', 0, 4)).toBe('wOF2');
  const known = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp'];
  const count = file.readUInt16BE(12);
  let at = 48;
  const entries: { tag: string; length: number }[] = [];
  const base128 = () => {
    let value = 0;
    for (;;) {
      const byte = file[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
  };
  for (let i = 0; i < count; i++) {
    const flags = file[at++]!;
    const index = flags & 0x3f;
    const tag = index === 63 ? file.toString('latin1', at, (at += 4)) : known[index]!;
    const version = flags >> 6;
    // glyf and loca carry version 3 (null transform); every other table version 0.
    expect(version, tag).toBe(tag === 'glyf' || tag === 'loca' ? 3 : 0);
    entries.push({ tag, length: base128() });
  }
  const stream = brotliDecompressSync(file.subarray(at, at + file.readUInt32BE(20)));
  const tables: Tables = new Map();
  let offset = 0;
  for (const { tag, length } of entries) {
    tables.set(tag, stream.subarray(offset, offset + length));
    offset += length;
  }
  expect(offset).toBe(stream.length);
  const order = entries.map((e) => e.tag);
  expect(order.indexOf('loca')).toBe(order.indexOf('glyf') + 1);
  return { tables, header: { length: file.readUInt32BE(8), totalSfntSize: file.readUInt32BE(16) } };
}

describe('font subsetting', () => {
  it('writes unicode ranges as collapsed runs', () => {
    expect(unicodeRange([0x1202, 0x1200, 0x1201, 0x1275, 0x1e7e0])).toBe('U+1200-1202,U+1275,U+1E7E0');
    expect([...ethiopicCodePoints('Werkpad ትግርኛ ትግርኛ')].sort()).toEqual([0x122d, 0x1275, 0x129b, 0x130d]);
  });

  it('keeps exactly the glyphs of the asked characters, in a valid WOFF2 a fraction of the size', () => {
    const text = 'ብዛዕባ ስራሕ ኣብ ኔዘርላንድ ትግርኛ';
    const wanted = ethiopicCodePoints(text);
    const original = source();
    const { tables, covered } = subsetTables(original, [...wanted, 0x41 /* 'A': not in this subset of the font */]);
    expect(covered).toEqual([...wanted].sort((a, b) => a - b));

    const file = toWoff2(tables);
    const full = readFileSync(path.join(files, 'noto-sans-ethiopic-ethiopic-400-normal.woff2'));
    expect(file.length).toBeLessThan(full.length / 10);
    const back = readWoff2(file);
    expect(back.header.length).toBe(file.length);
    expect(file.length % 4).toBe(0);

    // The cmap maps each asked character, and nothing else, to a glyph with an outline.
    const map = codePointGlyphs(back.tables);
    expect([...map.keys()].sort((a, b) => a - b)).toEqual(covered);
    const numGlyphs = back.tables.get('maxp')!.readUInt16BE(4);
    expect(numGlyphs).toBeLessThanOrEqual(covered.length + 1 + 4); // .notdef and a few composite parts at most
    const loca = back.tables.get('loca')!;
    for (const glyph of map.values()) {
      expect(glyph).toBeLessThan(numGlyphs);
      expect(loca.readUInt32BE((glyph + 1) * 4) - loca.readUInt32BE(glyph * 4)).toBeGreaterThan(0);
    }
    // Advance widths carried over from the original glyphs.
    const originalMap = codePointGlyphs(original);
    const originalHmtx = original.get('hmtx')!;
    const hmtx = back.tables.get('hmtx')!;
    for (const [cp, glyph] of map) expect(hmtx.readUInt16BE(glyph * 4), cp.toString(16)).toBe(originalHmtx.readUInt16BE(originalMap.get(cp)! * 4));
    // The copyright and the licence URL stay in the font.
    expect(back.tables.get('name')!.toString('latin1').replace(/\0/g, '')).toContain('scripts.sil.org/OFL');
  });
});
