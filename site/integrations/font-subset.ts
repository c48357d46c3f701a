/**
 * A small TrueType subsetter: reads a WOFF (1.0) font, keeps the glyphs of the given code points
 * (and the glyphs their composites are built from), and writes a WOFF2 font with only those.
 *
 * Written for the Ethiopic font Werkpad serves (Noto Sans Ethiopic, SIL Open Font License 1.1,
 * no Reserved Font Name): the package's Ethiopic subset is 75 KB, mostly kerning and mark
 * positioning (GPOS); the syllables a page actually shows fit in a few KB. What is kept:
 * outlines (glyf/loca), horizontal metrics, a new cmap, the name table (copyright and licence
 * URL stay in the font), OS/2, gasp, and head/hhea/maxp updated for the new glyph count. What
 * goes: GPOS/GSUB/GDEF (kerning and mark attachment; Ethiopic syllables are precomposed, so text
 * stays correct), vertical metrics, STAT, and the glyph names (post format 3).
 *
 * The WOFF2 output uses the "null transform" for glyf and loca (allowed by the WOFF2
 * specification, §5.1) and one Brotli stream for all tables.
 * @see https://www.w3.org/TR/WOFF2/
 * @see https://learn.microsoft.com/typography/opentype/spec/
 */
import { brotliCompressSync, constants, inflateSync } from 'node:zlib';

/** The tables of an sfnt font, by tag. */
export type Tables = Map<string, Buffer>;

/** Reads the tables of a WOFF 1.0 file. */
export function readWoff(file: Buffer): Tables {
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('geen WOFF-bestand');
  const count = file.readUInt16BE(12);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = file.toString('latin1', at, at + 4);
    const offset = file.readUInt32BE(at + 4);
    const compressed = file.readUInt32BE(at + 8);
    const length = file.readUInt32BE(at + 12);
    const data = file.subarray(offset, offset + compressed);
    tables.set(tag, compressed < length ? inflateSync(data) : Buffer.from(data));
  }
  return tables;
}

function table(tables: Tables, tag: string): Buffer {
  const t = tables.get(tag);
  if (!t) throw new Error(`de font mist de tabel ${tag}`);
  return t;
}

/** The glyph id of each code point, from the font's Unicode cmap (format 4 or 12). */
export function codePointGlyphs(tables: Tables): Map<number, number> {
  const cmap = table(tables, 'cmap');
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    subtables.push({ platform: cmap.readUInt16BE(4 + i * 8), encoding: cmap.readUInt16BE(6 + i * 8), offset: cmap.readUInt32BE(8 + i * 8) });
  }
  const unicode = subtables.filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  for (const { offset } of unicode) {
    const format = cmap.readUInt16BE(offset);
    if (format === 12) {
      const groups = cmap.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + g * 12;
        const start = cmap.readUInt32BE(at);
        const end = cmap.readUInt32BE(at + 4);
        const glyph = cmap.readUInt32BE(at + 8);
        for (let cp = start; cp <= end; cp++) if (!map.has(cp)) map.set(cp, glyph + cp - start);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
          else {
            const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0 && !map.has(cp)) map.set(cp, glyph);
        }
      }
    }
  }
  return map;
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Calls `visit` with the offset of each component's glyph index in a composite glyph. */
function eachComponent(glyph: Buffer, visit: (indexOffset: number) => void): void {
  let at = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(at);
    visit(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A format 4 cmap (platform 3, encoding 1) for BMP code points, one segment per run. */
function buildCmap(mapping: [number, number][]): Buffer {
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [cp, glyph] of mapping) {
    const last = segments.at(-1);
    if (last && cp === last.end + 1 && glyph === ((last.end + 1 + last.delta) & 0xffff)) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: (glyph - cp) & 0xffff });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const length = 16 + n * 8;
  const sub = Buffer.alloc(length);
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 * 2 ** entrySelector;
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(0, 4); // language
  sub.writeUInt16BE(n * 2, 6);
  sub.writeUInt16BE(searchRange, 8);
  sub.writeUInt16BE(entrySelector, 10);
  sub.writeUInt16BE(n * 2 - searchRange, 12);
  segments.forEach((s, i) => {
    sub.writeUInt16BE(s.end, 14 + i * 2);
    sub.writeUInt16BE(s.start, 16 + n * 2 + i * 2);
    sub.writeUInt16BE(s.delta, 16 + n * 4 + i * 2);
    sub.writeUInt16BE(0, 16 + n * 6 + i * 2);
  });
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0, 0); // version
  head.writeUInt16BE(1, 2); // one subtable
  head.writeUInt16BE(3, 4); // Windows
  head.writeUInt16BE(1, 6); // Unicode BMP
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, sub]);
}

/**
 * The font's tables cut down to the glyphs of `codePoints` (BMP only). Code points the font has
 * no glyph for are left out; the result says which ones it covers.
 */
export function subsetTables(tables: Tables, codePoints: Iterable<number>): { tables: Tables; covered: number[] } {
  const head = table(tables, 'head');
  const maxp = table(tables, 'maxp');
  const hhea = table(tables, 'hhea');
  const hmtx = table(tables, 'hmtx');
  const loca = table(tables, 'loca');
  const glyf = table(tables, 'glyf');
  const numGlyphs = maxp.readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const glyphAt = (id: number) => {
    const start = longLoca ? loca.readUInt32BE(id * 4) : loca.readUInt16BE(id * 2) * 2;
    const end = longLoca ? loca.readUInt32BE(id * 4 + 4) : loca.readUInt16BE(id * 2 + 2) * 2;
    return glyf.subarray(start, end);
  };

  const cmap = codePointGlyphs(tables);
  const covered = [...new Set(codePoints)].filter((cp) => cp <= 0xffff && cmap.has(cp)).sort((a, b) => a - b);
  // Glyph 0 (.notdef) always stays; composites pull in their components.
  const keep = new Set<number>([0]);
  const pending = covered.map((cp) => cmap.get(cp)!);
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (keep.has(id) || id >= numGlyphs) continue;
    keep.add(id);
    const g = glyphAt(id);
    if (g.length > 0 && g.readInt16BE(0) < 0) eachComponent(g, (at) => pending.push(g.readUInt16BE(at)));
  }
  const order = [...keep].sort((a, b) => a - b);
  const newId = new Map(order.map((old, i) => [old, i]));

  // Outlines, with component references renumbered; long loca offsets.
  const glyphs: Buffer[] = [];
  const newLoca = Buffer.alloc((order.length + 1) * 4);
  let offset = 0;
  order.forEach((old, i) => {
    const g = Buffer.from(glyphAt(old));
    if (g.length > 0 && g.readInt16BE(0) < 0) eachComponent(g, (at) => g.writeUInt16BE(newId.get(g.readUInt16BE(at))!, at));
    const padded = Buffer.concat([g, Buffer.alloc(pad4(g.length) - g.length)]);
    newLoca.writeUInt32BE(offset, i * 4);
    glyphs.push(padded);
    offset += padded.length;
  });
  newLoca.writeUInt32BE(offset, order.length * 4);

  // Horizontal metrics: every glyph gets a full (advance, side bearing) pair.
  const longMetrics = hhea.readUInt16BE(34);
  const newHmtx = Buffer.alloc(order.length * 4);
  order.forEach((old, i) => {
    const advance = hmtx.readUInt16BE(Math.min(old, longMetrics - 1) * 4);
    const lsb = old < longMetrics ? hmtx.readInt16BE(old * 4 + 2) : hmtx.readInt16BE(longMetrics * 4 + (old - longMetrics) * 2);
    newHmtx.writeUInt16BE(advance, i * 4);
    newHmtx.writeInt16BE(lsb, i * 4 + 2);
  });

  const newHead = Buffer.from(head);
  newHead.writeUInt32BE(0, 8); // checkSumAdjustment, set when the font is assembled
  newHead.writeInt16BE(1, 50); // long loca
  const newMaxp = Buffer.from(maxp);
  newMaxp.writeUInt16BE(order.length, 4);
  const newHhea = Buffer.from(hhea);
  newHhea.writeUInt16BE(order.length, 34);
  const post = Buffer.from(table(tables, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // no glyph names

  const out: Tables = new Map([
    ['cmap', buildCmap(covered.map((cp) => [cp, newId.get(cmap.get(cp)!)!]))],
    ['glyf', Buffer.concat(glyphs)],
    ['head', newHead],
    ['hhea', newHhea],
    ['hmtx', newHmtx],
    ['loca', newLoca],
    ['maxp', newMaxp],
    ['post', post],
  ]);
  for (const tag of ['OS/2', 'name', 'gasp', 'cvt ', 'fpgm', 'prep']) {
    const t = tables.get(tag);
    if (t) out.set(tag, Buffer.from(t));
  }
  return { tables: out, covered };
}

/** The tables as a TrueType (sfnt) file, in tag order. */
function sfnt(sorted: [string, Buffer][]): Buffer {
  const n = sorted.length;
  const entrySelector = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + n * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(16 * 2 ** entrySelector, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - 16 * 2 ** entrySelector, 10);
  let offset = header.length;
  sorted.forEach(([tag, data], i) => {
    const at = 12 + i * 16;
    header.write(tag, at, 'latin1');
    // head's own checksum is taken with checkSumAdjustment at 0.
    const sum = tag === 'head' ? checksum(Buffer.concat([data.subarray(0, 8), Buffer.alloc(4), data.subarray(12)])) : checksum(data);
    header.writeUInt32BE(sum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    offset += pad4(data.length);
  });
  return Buffer.concat([header, ...sorted.map(([, d]) => Buffer.concat([d, Buffer.alloc(pad4(d.length) - d.length)]))]);
}

/** The tables in tag order, with head's checkSumAdjustment set over the whole font. */
function finishTables(tables: Tables): [string, Buffer][] {
  const sorted = [...tables.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const head = table(tables, 'head');
  head.writeUInt32BE(0, 8);
  head.writeUInt32BE((0xb1b0afba - checksum(sfnt(sorted))) >>> 0, 8);
  return sorted;
}

/** The tables as a TrueType (sfnt) file. */
export function toSfnt(tables: Tables): Buffer {
  return sfnt(finishTables(tables));
}

// WOFF2 known-table indices (§5.2); any other tag is written out in full (index 63).
const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp'];

function uintBase128(value: number): Buffer {
  const bytes = [value & 0x7f];
  for (let v = value >>> 7; v > 0; v >>>= 7) bytes.unshift(0x80 | (v & 0x7f));
  return Buffer.from(bytes);
}

/** The tables as a WOFF2 file: null transforms, one Brotli stream. */
export function toWoff2(tables: Tables): Buffer {
  const sorted = finishTables(tables);
  // loca must follow glyf directly in the directory (and in the stream).
  const ordered = sorted.filter(([tag]) => tag !== 'loca');
  const loca = sorted.find(([tag]) => tag === 'loca');
  if (loca) ordered.splice(ordered.findIndex(([tag]) => tag === 'glyf') + 1, 0, loca);

  const directory = Buffer.concat(
    ordered.map(([tag, data]) => {
      const known = KNOWN_TAGS.indexOf(tag);
      // Transform version 3 is the null transform for glyf and loca; 0 is for every other table.
      const version = tag === 'glyf' || tag === 'loca' ? 3 : 0;
      const flags = Buffer.from([(version << 6) | (known === -1 ? 63 : known)]);
      const explicitTag = known === -1 ? Buffer.from(tag, 'latin1') : Buffer.alloc(0);
      return Buffer.concat([flags, explicitTag, uintBase128(data.length)]);
    }),
  );
  const stream = Buffer.concat(ordered.map(([, data]) => data));
  const compressed = brotliCompressSync(stream, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: stream.length,
    },
  });
  const headerLength = 48;
  const unpadded = headerLength + directory.length + compressed.length;
  const length = pad4(unpadded);
  const totalSfntSize = 12 + 16 * ordered.length + ordered.reduce((sum, [, d]) => sum + pad4(d.length), 0);
  const header = Buffer.alloc(headerLength);
  header.write('wOF2', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4); // TrueType outlines
  header.writeUInt32BE(length, 8);
  header.writeUInt16BE(ordered.length, 12);
  header.writeUInt16BE(0, 14);
  header.writeUInt32BE(totalSfntSize, 16);
  header.writeUInt32BE(compressed.length, 20);
  header.writeUInt16BE(1, 24); // font version 1.0 (informational)
  header.writeUInt16BE(0, 26);
  // No metadata, no private data: the remaining fields stay 0.
  return Buffer.concat([header, directory, compressed, Buffer.alloc(length - unpadded)]);
}

/** A CSS `unicode-range` value for a set of code points, runs collapsed (`U+1200-1206,U+1208`). */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const cp of sorted) {
    const last = runs.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else runs.push([cp, cp]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}
