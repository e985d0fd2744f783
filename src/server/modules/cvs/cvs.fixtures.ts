// Test data for CVs: a complete CV in Kazakh, PNG and JPEG photos built byte by byte, and a seeker's registration.
import { crc32, deflateSync } from 'node:zlib';
import type { CvInputDraft } from '../../../shared/api/cvs';
import type { DbOrTx } from '../../platform/db/database';

export function sampleCv(overrides: Partial<CvInputDraft> = {}): CvInputDraft {
  return {
    title: 'Бухгалтер — түйіндеме',
    desiredPosition: 'Бас бухгалтердің көмекшісі',
    occupationCode: '3313',
    desiredSalary: 350_000,
    region: 'astana',
    willingToRelocate: true,
    experience: [
      {
        employer: '«Сарыарқа Сервис» ЖШС',
        position: 'Бухгалтер',
        from: '2019-09',
        to: '2023-05',
        duties: 'Алғашқы құжаттарды өңдеу, салық есептілігін дайындау.',
      },
      { employer: '«Есіл Агро» ЖШС', position: 'Аға бухгалтер', from: '2023-06', to: null, duties: '' },
    ],
    education: [
      {
        institution: 'Қазақ экономика, қаржы және халықаралық сауда университеті',
        speciality: 'Есеп және аудит',
        level: 'higher',
        graduationYear: 2019,
      },
    ],
    skills: ['1С: Бухгалтерия', 'Салық кодексі', 'Excel'],
    languages: [
      { language: 'kk', level: 'native' },
      { language: 'ru', level: 'C1' },
      { language: 'Türkçe', level: 'A2' },
    ],
    about: 'Ұқыпты, жауапкершілігі жоғары маман. Өңірдегі шағын кәсіпорындармен жұмыс тәжірибем бар.',
    locale: 'kk',
    ...overrides,
  };
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export type PngOptions = {
  width?: number;
  height?: number;
  /** 2: RGB, 6: RGB with alpha. */
  colourType?: 2 | 6;
  interlace?: 0 | 1;
  /** Random pixels do not compress: a way to make a large, valid file. */
  noise?: boolean;
  /** A row filter byte no decoder knows. */
  badFilter?: boolean;
  /** Cut the compressed pixels short. */
  truncatePixels?: boolean;
};

/** A valid PNG (unless told otherwise), with the chunks and CRCs a decoder checks. */
export function makePng(options: PngOptions = {}): Uint8Array {
  const { width = 4, height = 3, colourType = 2, interlace = 0 } = options;
  const channels = colourType === 6 ? 4 : 3;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, interlace], 8);
  const rowBytes = width * channels;
  const raw = Buffer.alloc(height * (rowBytes + 1));
  let seed = 7;
  for (let row = 0; row < height; row++) {
    raw[row * (rowBytes + 1)] = options.badFilter && row === height - 1 ? 9 : 0;
    for (let i = 1; i <= rowBytes; i++) {
      // xorshift32: the same noise on every run.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      raw[row * (rowBytes + 1) + i] = options.noise ? seed & 0xff : (row * 40 + i * 9) % 256;
    }
  }
  let compressed = deflateSync(raw);
  if (options.truncatePixels) compressed = compressed.subarray(0, Math.floor(compressed.length / 2));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', compressed),
      pngChunk('IEND', new Uint8Array()),
    ]),
  );
}

/** A 16×12 baseline JPEG. */
export const sampleJpeg = new Uint8Array(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAIH/8QAGhAAAQUBAAAAAAAAAAAAAAAAAAMUFlJiof/EABUBAQEAAAAAAAAAAAAAAAAAAAQG/8QAGREAAQUAAAAAAAAAAAAAAAAAAAMEFRZh/9oADAMBAAIRAxEAPwCo9jgj2OGoMkKhkhUjL+60fBpn/9k=',
    'base64',
  ),
);

/** A registration at a centre as the registry keeps it (the registry's own use cases are another module's). */
export async function registerSeekerAtCentre(
  db: DbOrTx,
  {
    seekerId,
    centreId,
    status = 'registered',
    now,
  }: { seekerId: string; centreId: string; status?: 'requested' | 'registered' | 'deregistered'; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('seeker_registrations')
    .values({
      seeker_id: seekerId,
      centre_id: centreId,
      kind: 'job_seeker',
      status,
      requested_at: now,
      decided_at: status === 'requested' ? null : now,
      decided_by: null,
      refusal_reason: null,
      created_by: seekerId,
      deregistration_reason: status === 'deregistered' ? 'employed' : null,
      deregistered_at: status === 'deregistered' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
