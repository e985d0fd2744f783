// A small ZIP writer (DEFLATE when it pays, no dependencies) for downloads built of several files: evidence packages, XLSX workbooks.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export type ZipEntry = { name: string; content: Uint8Array | string };

const method = { stored: 0, deflated: 8 } as const;
// Bit 11: names are UTF-8, so Cyrillic and Kazakh file names survive any unzip.
const utf8Names = 0x0800;
// Made by "Unix", version 2.0: Info-ZIP's unzip re-decodes the names of an MS-DOS entry as CP437 despite bit 11.
const madeByUnix = (3 << 8) | 20;
// With a Unix origin the external attributes carry the mode: a regular file, rw-r--r--.
const regularFileMode = (0o100644 << 16) >>> 0;
const localHeaderSignature = 0x04034b50;
const centralHeaderSignature = 0x02014b50;
const endOfCentralDirectorySignature = 0x06054b50;

/** MS-DOS date and time fields of a ZIP entry (the package's local time is taken as UTC, to 2-second precision). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/**
 * The ZIP bytes of the entries, in order, every entry stamped with `modifiedAt`: the same entries and time give the same bytes.
 * An entry is deflated only when that makes it smaller (a PDF or a signature barely shrinks, XML shrinks tenfold).
 */
export function createZip(entries: readonly ZipEntry[], modifiedAt: Date): Uint8Array {
  // No ZIP64: beyond these limits the plain format cannot describe the package.
  if (entries.length > 0xffff) throw new RangeError(`A ZIP holds at most 65535 entries, not ${entries.length}`);
  const { time, date } = dosDateTime(modifiedAt);
  const parts: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    const deflated = deflateRawSync(data);
    const compressed = deflated.length < data.length;
    const stored = compressed ? deflated : data;
    const crc = crc32(data);
    if (offset + 30 + name.length + stored.length > 0xffffffff)
      throw new RangeError('A ZIP without ZIP64 holds at most 4 GiB');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(localHeaderSignature, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(utf8Names, 6);
    local.writeUInt16LE(compressed ? method.deflated : method.stored, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(centralHeaderSignature, 0);
    central.writeUInt16LE(madeByUnix, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(utf8Names, 8);
    central.writeUInt16LE(compressed ? method.deflated : method.stored, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(regularFileMode, 38);
    central.writeUInt32LE(offset, 42); // the other fields (extra, comment, disk, internal attributes) stay zero
    parts.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(endOfCentralDirectorySignature, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...parts, ...centrals, end]);
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength);
}

/** The files of a ZIP by name, in central-directory order, stored or deflated entries only (what createZip writes; used by tests and self-checks). */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== endOfCentralDirectorySignature) end--;
  if (end < 0) throw new Error('Not a ZIP: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== centralHeaderSignature) throw new Error(`Broken ZIP central directory at ${at}`);
    const entryMethod = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const raw = buffer.subarray(start, start + compressedSize);
    let data: Uint8Array;
    if (entryMethod === method.stored) data = new Uint8Array(raw);
    else if (entryMethod === method.deflated) data = new Uint8Array(inflateRawSync(raw));
    else throw new Error(`${name}: unsupported ZIP compression method ${entryMethod}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
