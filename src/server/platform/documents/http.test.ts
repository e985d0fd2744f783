// Downloads through a real Fastify reply: the attachment headers, Kazakh and Russian file names, no caching, no sniffing.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaTypes, sendDownload } from './http';

const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify();
  app.get<{ Querystring: { name: string; type: string } }>('/download', async (request, reply) =>
    sendDownload(reply, { fileName: request.query.name, mediaType: request.query.type, bytes }),
  );
  await app.ready();
});
afterAll(() => app.close());

async function download(name: string, type: string = mediaTypes.xlsx) {
  return app.inject({ method: 'GET', url: '/download', query: { name, type } });
}

/** The file name a browser saves under, as RFC 6266 says to pick it: filename* first, else filename. */
function savedName(disposition: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  if (extended?.[1]) return decodeURIComponent(extended[1]);
  return /filename="([^"]*)"/.exec(disposition)?.[1] ?? '';
}

describe('sendDownload', () => {
  it('answers the exact bytes as an attachment that is neither cached nor sniffed', async () => {
    const response = await download('report.xlsx');
    expect(response.statusCode).toBe(200);
    expect(new Uint8Array(response.rawPayload)).toEqual(bytes);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe('attachment; filename="report.xlsx"');
  });

  it('keeps a Kazakh or Russian name in filename* and gives old clients an ASCII fallback', async () => {
    for (const name of ['Қостанай облысы — Ұста 2025.xlsx', 'Отчёт по субсидиям (март).xlsx']) {
      const response = await download(name);
      const disposition = String(response.headers['content-disposition']);
      expect(disposition).toMatch(
        /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/,
      );
      expect(savedName(disposition)).toBe(name);
      expect(/filename="([^"]*)"/.exec(disposition)?.[1]).toMatch(/\.xlsx$/);
    }
    const response = await download('Қостанай облысы — Ұста 2025.xlsx');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="________ ______ _ ____ 2025.xlsx"; filename*=UTF-8\'\'%D2%9A%D0%BE%D1%81%D1%82%D0%B0%D0%BD%D0%B0%D0%B9%20%D0%BE%D0%B1%D0%BB%D1%8B%D1%81%D1%8B%20%E2%80%94%20%D2%B0%D1%81%D1%82%D0%B0%202025.xlsx',
    );
  });

  it('lets no name break out of the header or into another folder', async () => {
    const response = await download('a"b\\c/../d%e\r\nx-injected: 1.pdf', mediaTypes.pdf);
    const disposition = String(response.headers['content-disposition']);
    expect(response.headers['x-injected']).toBeUndefined();
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(disposition).toBe(
      'attachment; filename="a_b_c_.._d_e__x-injected: 1.pdf"; filename*=UTF-8\'\'a%22b_c_.._d%25e__x-injected%3A%201.pdf',
    );
    expect(savedName(disposition)).toBe('a"b_c_.._d%e__x-injected: 1.pdf');
  });

  it("percent-encodes the ' ( ) * that encodeURIComponent leaves alone", async () => {
    const response = await download("Ұста's (1)*.zip", mediaTypes.zip);
    expect(response.headers['content-disposition']).toContain(
      "filename*=UTF-8''%D2%B0%D1%81%D1%82%D0%B0%27s%20%281%29%2A.zip",
    );
  });
});
