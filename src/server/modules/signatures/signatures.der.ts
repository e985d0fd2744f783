// A small DER/BER reader for what the verifier walks (CMS, certificates, CRLs): ~100× faster here than a schema-driven parser.

export class DerError extends Error {}

/** One tag-length-value; offsets index into `source`, so the exact received bytes of any part stay at hand. */
export type DerNode = {
  /** The identifier byte: 0x30 SEQUENCE, 0x31 SET, 0x06 OID, 0xa0 [0] constructed… (single-byte tags only). */
  tag: number;
  constructed: boolean;
  source: Uint8Array;
  /** Start of the identifier byte. */
  start: number;
  /** Start and end of the contents (for an indefinite length, the end-of-contents octets are excluded). */
  valueStart: number;
  valueEnd: number;
  /** End of the whole element, end-of-contents octets included. */
  end: number;
};

export const tag = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

/** The context-specific tag [n], constructed or primitive. */
export const contextTag = (n: number, constructed = true) => (constructed ? 0xa0 : 0x80) | n;

export function readDer(source: Uint8Array, offset = 0, limit = source.length): DerNode {
  if (offset + 2 > limit) throw new DerError('truncated');
  const identifier = source[offset]!;
  if ((identifier & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used here');
  const constructed = (identifier & 0x20) !== 0;
  let at = offset + 1;
  const first = source[at++]!;
  if (first === 0x80) {
    // BER indefinite length (some CMS producers wrap SignedData this way): children up to the end-of-contents octets.
    if (!constructed) throw new DerError('indefinite length on a primitive');
    let child = at;
    while (!(source[child] === 0 && source[child + 1] === 0)) {
      if (child >= limit) throw new DerError('truncated');
      child = readDer(source, child, limit).end;
    }
    return { tag: identifier, constructed, source, start: offset, valueStart: at, valueEnd: child, end: child + 2 };
  }
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new DerError('length too large');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + source[at++]!;
  }
  if (at + length > limit) throw new DerError('truncated');
  return {
    tag: identifier,
    constructed,
    source,
    start: offset,
    valueStart: at,
    valueEnd: at + length,
    end: at + length,
  };
}

/** A whole buffer that must be exactly one element. */
export function parseDer(bytes: Uint8Array): DerNode {
  const node = readDer(bytes);
  if (node.end !== bytes.length) throw new DerError('trailing bytes');
  return node;
}

export function childrenOf(node: DerNode): DerNode[] {
  if (!node.constructed) throw new DerError('not constructed');
  const children: DerNode[] = [];
  let at = node.valueStart;
  while (at < node.valueEnd) {
    const child = readDer(node.source, at, node.valueEnd);
    children.push(child);
    at = child.end;
  }
  return children;
}

export function expect(node: DerNode | undefined, expectedTag: number): DerNode {
  if (!node || node.tag !== expectedTag) throw new DerError(`expected tag ${expectedTag.toString(16)}`);
  return node;
}

export function bytesOf(node: DerNode): Uint8Array {
  return node.source.subarray(node.start, node.end);
}

export function contentsOf(node: DerNode): Uint8Array {
  return node.source.subarray(node.valueStart, node.valueEnd);
}

/** An OCTET STRING's contents; a BER constructed one is the concatenation of its parts. */
export function octetsOf(node: DerNode): Uint8Array {
  if (node.tag === tag.octetString) return contentsOf(node);
  if (node.tag === (tag.octetString | 0x20)) return Buffer.concat(childrenOf(node).map((c) => octetsOf(c)));
  throw new DerError('expected an OCTET STRING');
}

export function oidOf(node: DerNode): string {
  const value = contentsOf(expect(node, tag.oid));
  if (value.length === 0) throw new DerError('empty OID');
  const parts: number[] = [];
  let current = 0;
  for (const byte of value) {
    current = current * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0)
        parts.push(current < 80 ? Math.floor(current / 40) : 2, current < 80 ? current % 40 : current - 80);
      else parts.push(current);
      current = 0;
    }
  }
  return parts.join('.');
}

/** An INTEGER as upper-case hex without leading zero bytes (how serials are written and compared). */
export function integerHex(node: DerNode): string {
  return normaliseSerial(Buffer.from(contentsOf(expect(node, tag.integer))).toString('hex'));
}

export function normaliseSerial(hex: string): string {
  let value = hex.toUpperCase();
  while (value.length > 2 && value.startsWith('00')) value = value.slice(2);
  return value;
}

export function smallIntegerOf(node: DerNode): number {
  const value = contentsOf(expect(node, tag.integer));
  if (value.length > 4) throw new DerError('integer too large');
  return value.reduce((n, b) => n * 256 + b, 0);
}

export function booleanOf(node: DerNode): boolean {
  return contentsOf(expect(node, tag.boolean))[0] !== 0;
}

export function timeOf(node: DerNode): Date {
  const text = Buffer.from(contentsOf(node)).toString('latin1');
  const utc = node.tag === tag.utcTime ? text.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/) : null;
  if (utc) {
    const year = Number(utc[1]);
    const fullYear = year < 50 ? 2000 + year : 1900 + year; // RFC 5280 §4.1.2.5.1
    return new Date(
      Date.UTC(fullYear, Number(utc[2]) - 1, Number(utc[3]), Number(utc[4]), Number(utc[5]), Number(utc[6])),
    );
  }
  const general =
    node.tag === tag.generalizedTime ? text.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/) : null;
  if (general) {
    const ms = general[7] ? Math.round(Number(general[7]) * 1000) : 0;
    const [year, month, day, hour, minute, second] = general.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  }
  throw new DerError('not a UTC or generalized time');
}

export function isTime(node: DerNode | undefined): boolean {
  return node?.tag === tag.utcTime || node?.tag === tag.generalizedTime;
}

/** The directory string types certificates use; BMPString is UTF-16BE, TeletexString read as Latin-1. */
export function stringOf(node: DerNode): string {
  const value = Buffer.from(contentsOf(node));
  switch (node.tag) {
    case tag.utf8String:
    case tag.printableString:
    case tag.ia5String:
      return value.toString('utf8');
    case tag.t61String:
      return value.toString('latin1');
    case tag.bmpString:
      return Buffer.from(value).swap16().toString('utf16le');
    default:
      return value.toString('utf8');
  }
}

/** A BIT STRING's bits (its first content byte counts the unused bits). */
export function bitStringOf(node: DerNode): Uint8Array {
  return contentsOf(expect(node, tag.bitString)).subarray(1);
}
