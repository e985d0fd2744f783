// Proves the rendered PDFs are real: an independent reader (pdf.js via unpdf) gets the Kazakh and Russian text back exactly.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { type PdfBlock, type PdfSpec, renderPdf } from './pdf';

const createdAt = new Date('2026-03-02T05:00:00Z');
const kazakhLetters = 'ҒҚҢӨҰҮҺІ әғқңөұүһі Әә';

const specOf = (blocks: readonly PdfBlock[], overrides: Partial<PdfSpec> = {}): PdfSpec => ({
  title: 'Комиссия отырысының хаттамасы',
  author: 'Жұмыспен қамту орталығы',
  subject: 'Хаттама № 12',
  language: 'kk',
  createdAt,
  footer: 'Хаттама № 12 — Ақмола облысы',
  blocks,
  ...overrides,
});

async function readPdf(bytes: Uint8Array) {
  // pdf.js detaches the buffer it is given, and the tests still read the original bytes afterwards.
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: false });
  const { info } = await pdf.getMetadata();
  const pages = text.map((page) => page.split('\n'));
  return { pages, info: info as Record<string, unknown>, pageCount: pdf.numPages };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

const minutesBlocks: PdfBlock[] = [
  { kind: 'title', text: 'Жұмыспен қамту орталығы' },
  { kind: 'paragraph', text: kazakhLetters, align: 'center' },
  { kind: 'heading', text: 'Протокол заседания комиссии' },
  {
    kind: 'fields',
    rows: [
      ['Өңір:', 'Ақмола'],
      ['Дата заседания:', '2 марта 2026 года'],
    ],
  },
  {
    kind: 'paragraph',
    align: 'justify',
    text: 'Комиссия центра занятости рассмотрела заявления работодателей о субсидировании рабочих мест и приняла решения, указанные ниже. Комиссия жұмыс берушілердің өтініштерін қарады.',
  },
  {
    kind: 'table',
    columns: [
      { title: '№', width: 0.6, align: 'right' },
      { title: 'Жұмыс беруші', width: 4 },
      { title: 'Сома, ₸', align: 'right' },
    ],
    rows: [
      ['1', 'ЖШС «Көкшетау Құрылыс»', '85 000'],
      ['2', 'ТОО «Щучинск-Сервис»', '120 000'],
    ],
  },
  {
    kind: 'signatures',
    rows: [
      { role: 'Комиссия төрағасы', name: 'А. Б. Сейітқазиев' },
      { role: 'Секретарь', name: 'Ж. Өмірзақова' },
    ],
  },
];

describe('renderPdf', () => {
  it('writes Kazakh and Russian text that a PDF reader extracts exactly', async () => {
    const { pages, pageCount } = await readPdf(await renderPdf(specOf(minutesBlocks)));

    expect(pageCount).toBe(1);
    const lines = pages[0] ?? [];
    expect(lines).toContain('Жұмыспен қамту орталығы');
    expect(lines).toContain(kazakhLetters);
    expect(lines).toContain('Протокол заседания комиссии');
    expect(lines).toContain('Өңір: Ақмола');
    expect(lines).toContain('Дата заседания: 2 марта 2026 года');
    expect(lines).toContain('№ Жұмыс беруші Сома, ₸');
    expect(lines).toContain('1 ЖШС «Көкшетау Құрылыс» 85 000');
    expect(lines).toContain('Комиссия төрағасы А. Б. Сейітқазиев');
    expect(lines.join(' ')).toContain(
      'Комиссия центра занятости рассмотрела заявления работодателей о субсидировании рабочих мест и приняла решения, указанные ниже. Комиссия жұмыс берушілердің өтініштерін қарады.',
    );
    expect(lines.at(-1)).toBe('Хаттама № 12 — Ақмола облысы 1 / 1');
  });

  it('sets the title, author, subject, language and dates in the document metadata', async () => {
    const { info } = await readPdf(await renderPdf(specOf(minutesBlocks, { language: 'ru', title: 'Протокол № 12' })));

    expect(info).toMatchObject({
      Title: 'Протокол № 12',
      Author: 'Жұмыспен қамту орталығы',
      Subject: 'Хаттама № 12',
      Language: 'ru',
      CreationDate: 'D:20260302050000Z',
      ModDate: 'D:20260302050000Z',
    });
  });

  it('renders the same spec to the same bytes, and another creation time to other bytes', async () => {
    const first = await renderPdf(specOf(minutesBlocks));
    const second = await renderPdf(specOf(minutesBlocks));
    const later = await renderPdf(specOf(minutesBlocks, { createdAt: new Date('2026-03-03T05:00:00Z') }));

    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(later))).toBe(false);
  });

  it('is a complete PDF file with subset embedded fonts and no base-14 font', async () => {
    const bytes = await renderPdf(specOf(minutesBlocks));
    const raw = latin1(bytes);

    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).not.toContain('Helvetica');
    // Whole DejaVu Sans files weigh 1.4 MB; a page that embeds them unsubset would be far above this.
    expect(bytes.byteLength).toBeLessThan(60_000);
  });

  it('continues a long table on the next page with its header repeated and numbers the pages', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => [
      String(index + 1),
      `Жұмыс іздеуші ${index + 1}`,
      index % 2 === 0 ? 'Ұсынылды' : 'Бас тартылды',
    ]);
    const spec = specOf([
      { kind: 'title', text: 'Тізім' },
      {
        kind: 'table',
        columns: [
          { title: '№', width: 0.5, align: 'right' },
          { title: 'Аты-жөні', width: 3 },
          { title: 'Шешім', width: 2 },
        ],
        rows,
      },
    ]);

    const { pages, pageCount } = await readPdf(await renderPdf(spec));

    expect(pageCount).toBe(2);
    const [first = [], second = []] = pages;
    expect(first.filter((line) => line === '№ Аты-жөні Шешім')).toHaveLength(1);
    expect(second[0]).toBe('№ Аты-жөні Шешім');
    expect(first.at(-1)).toBe('Хаттама № 12 — Ақмола облысы 1 / 2');
    expect(second.at(-1)).toBe('Хаттама № 12 — Ақмола облысы 2 / 2');
    const rowLines = [...first, ...second].filter((line) => /^\d+ Жұмыс іздеуші/.test(line));
    expect(rowLines).toEqual(rows.map((row) => row.join(' ')));
  });

  it('wraps long cell text within its row and keeps every word', async () => {
    const long =
      'Өтініш беруші ұсынған құжаттар толық, жұмыс орны субсидиялау шарттарына сай келеді, комиссия мүшелері бірауыздан дауыс берді';
    const { pages } = await readPdf(
      await renderPdf(
        specOf([{ kind: 'table', columns: [{ title: 'Шешім' }, { title: 'Ескерту' }], rows: [[long, 'қысқа']] }]),
      ),
    );

    const lines = pages[0] ?? [];
    expect(lines.find((line) => line.startsWith('Өтініш беруші ұсынған'))).not.toContain('бірауыздан');
    expect(lines.join(' ')).toContain(long.split(' ').slice(-4).join(' '));
    for (const word of long.split(' ')) expect(lines.join(' ')).toContain(word);
  });

  it('embeds a JPEG and a PNG photo', async () => {
    const jpeg = Buffer.from(
      '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAIH/8QAGhAAAQUBAAAAAAAAAAAAAAAAAAMUFlJiof/EABUBAQEAAAAAAAAAAAAAAAAAAAQG/8QAGREAAQUAAAAAAAAAAAAAAAAAAAMEFRZh/9oADAMBAAIRAxEAPwCo9jgj2OGoMkKhkhUjL+60fBpn/9k=',
      'base64',
    );
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const bytes = await renderPdf(
      specOf([
        { kind: 'heading', text: 'Түйіндеме' },
        { kind: 'image', bytes: new Uint8Array(jpeg), width: 120 },
        { kind: 'image', bytes: new Uint8Array(png), width: 40 },
        { kind: 'fields', rows: [['Аты-жөні', 'Айгүл Нұрланқызы']] },
      ]),
    );

    const raw = latin1(bytes);
    expect(raw).toMatch(/\/Subtype \/Image[^>]*\/Filter \/DCTDecode|\/Filter \/DCTDecode[^>]*\/Subtype \/Image/s);
    expect(raw.match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(2);
    const { pages, pageCount } = await readPdf(bytes);
    expect(pageCount).toBe(1);
    expect(pages[0]).toContain('Аты-жөні Айгүл Нұрланқызы');
  });

  it('refuses a PNG with transparency whose pixels are broken, before drawing, instead of failing later', async () => {
    const png = new Uint8Array(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const data = Buffer.from(png).indexOf('IDAT') + 4;
    png.fill(0xff, data, data + 13);
    // pdfkit would open it and then throw from a callback outside the promise, stopping the whole process.
    await expect(renderPdf(specOf([{ kind: 'image', bytes: png, width: 40 }]))).rejects.toThrow(/cannot be embedded/);
  });

  it('refuses bytes that are neither JPEG nor PNG', async () => {
    await expect(
      renderPdf(specOf([{ kind: 'image', bytes: new TextEncoder().encode('not an image'), width: 50 }])),
    ).rejects.toThrow();
  });

  it('flows a long paragraph over several pages and leaves the footer text out when there is none', async () => {
    const sentence = 'Жұмыспен қамту орталығы өтінішті қарап, шешім қабылдады. ';
    const { pages, pageCount } = await readPdf(
      await renderPdf(
        specOf([{ kind: 'paragraph', text: sentence.repeat(400).trim(), align: 'justify' }], { footer: undefined }),
      ),
    );

    expect(pageCount).toBeGreaterThan(1);
    pages.forEach((lines, index) => {
      expect(lines.at(-1)).toBe(`${index + 1} / ${pageCount}`);
    });
    const words = pages
      .flatMap((lines) => lines.slice(0, -1))
      .join(' ')
      .split(/\s+/);
    expect(words).toEqual(sentence.repeat(400).trim().split(' '));
  });
});
