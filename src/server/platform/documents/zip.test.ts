// The ZIP writer read back by Info-ZIP's unzip and by a reader written here: names, bytes, compression choice, timestamps, determinism.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createZip, readZip, type ZipEntry } from './zip';

const modifiedAt = new Date('2025-03-14T10:21:36Z');

/** Bytes that do not compress, the same on every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0, block = 0; at < length; block++) {
    const hash = createHash('sha256').update(`noise-${block}`).digest();
    bytes.set(hash.subarray(0, Math.min(hash.length, length - at)), at);
    at += hash.length;
  }
  return bytes;
}

const report = `${'Қостанай облысы; Ұста; 12\n'.repeat(200)}Итого: 2400\n`;
const entries: ZipEntry[] = [
  { name: 'README.txt', content: report },
  { name: 'signature-1.p7s', content: noise(4096) },
  { name: 'Қостанай/есеп.csv', content: `облыс;саны\n${'Қостанай облысы;12\n'.repeat(20)}` },
  { name: 'empty.txt', content: new Uint8Array(0) },
];
const bytesOf = (content: ZipEntry['content']) =>
  typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;

type CentralEntry = { name: string; method: number; time: number; date: number; data: Uint8Array };

/** An independent reader: walks the central directory from the end record and inflates with node:zlib. */
function readCentralDirectory(zip: Uint8Array): CentralEntry[] {
  const buffer = Buffer.from(zip);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBe(buffer.length - 22);
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  expect(at + buffer.readUInt32LE(end + 12)).toBe(end);
  const result: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    expect(buffer.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + size);
    const data = new Uint8Array(method === 8 ? inflateRawSync(raw) : raw);
    expect(data.length).toBe(buffer.readUInt32LE(at + 24));
    expect(crc32(data)).toBe(buffer.readUInt32LE(at + 16));
    result.push({
      name: buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method,
      time: buffer.readUInt16LE(at + 12),
      date: buffer.readUInt16LE(at + 14),
      data,
    });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return result;
}

describe('createZip', () => {
  it('unzip lists, tests and extracts every entry, Cyrillic and Kazakh names included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumys-zip-'));
    try {
      const file = path.join(dir, 'package.zip');
      fs.writeFileSync(file, createZip(entries, modifiedAt));
      expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toContain('No errors detected');
      const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' });
      expect(listing.trim().split('\n')).toEqual(entries.map((e) => e.name));
      for (const entry of entries) {
        const extracted = execFileSync('unzip', ['-p', file, entry.name]);
        expect(new Uint8Array(extracted)).toEqual(bytesOf(entry.content));
      }
      expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8' })).toContain('2025-03-14 10:21');
      const out = path.join(dir, 'out');
      execFileSync('unzip', ['-q', file, '-d', out]);
      for (const entry of entries)
        expect(new Uint8Array(fs.readFileSync(path.join(out, entry.name)))).toEqual(bytesOf(entry.content));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deflates what shrinks and stores what does not, with the given time on every entry', () => {
    const zip = createZip(entries, modifiedAt);
    const read = readCentralDirectory(zip);
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((entry, i) => {
      expect(entry.data).toEqual(bytesOf(entries[i]!.content));
    });
    expect(read.map((e) => e.method)).toEqual([8, 0, 8, 0]);
    expect(zip.length).toBeLessThan(Buffer.byteLength(report) / 4 + 4096 + 1024);
    // MS-DOS fields: 2025-03-14 10:21:36 (seconds in units of two).
    for (const entry of read) {
      expect(entry.date).toBe(((2025 - 1980) << 9) | (3 << 5) | 14);
      expect(entry.time).toBe((10 << 11) | (21 << 5) | 18);
    }
  });

  it('gives the same bytes for the same entries and time, and other bytes for another time', () => {
    const first = createZip(entries, modifiedAt);
    expect(createZip(entries, new Date(modifiedAt))).toEqual(first);
    expect(createZip(entries, new Date('2025-03-15T10:21:36Z'))).not.toEqual(first);
  });

  it('reads back its own packages with readZip, in order', () => {
    const files = readZip(createZip(entries, modifiedAt));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const entry of entries) expect(files.get(entry.name)).toEqual(bytesOf(entry.content));
  });

  it('writes an empty package any reader accepts', () => {
    const zip = createZip([], modifiedAt);
    expect(zip.length).toBe(22);
    expect(readCentralDirectory(zip)).toEqual([]);
  });
});
