// XLSX workbooks read back by an independent reader (read-excel-file): values and their types, Kazakh text, styles, views, determinism.
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeXlsx, type XlsxCell, type XlsxColumn, type XlsxSheet } from './xlsx';
import { readZip } from './zip';

const createdAt = new Date('2025-03-01T09:30:00Z');
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

const columns: XlsxColumn[] = [
  { header: 'Облыс / Область', width: 24 },
  { header: 'Кәсіп / Профессия' },
  { header: 'ЖСН / ИИН', kind: 'text' },
  { header: 'Орын саны', kind: 'integer' },
  { header: 'Жалақы, ₸', kind: 'money' },
  { header: 'Үлес', kind: 'percent' },
  { header: 'Басталуы', kind: 'date' },
];
const rows: XlsxCell[][] = [
  ['Қостанай облысы', 'Ұста', '010203400567', 12, 150_000, 0.25, day(2025, 1, 15)],
  ['Алматы қ.', 'Тігінші', '900101300123', 3, 85_000, 0.125, day(2024, 12, 31)],
  ['Ақмола облысы', null, null, 0, 0, 0, null],
];
const report: XlsxSheet = {
  name: 'Жұмыс орындары',
  title: 'Субсидияланатын жұмыс орындары — наурыз 2025',
  columns,
  rows,
  totals: ['Барлығы / Итого', null, null, 15, 235_000, null, null],
};

async function readBack(bytes: Uint8Array, sheet?: string) {
  // read-excel-file types a date cell as `typeof Date`; what it returns is a Date instance.
  return (await readSheet(Buffer.from(bytes), sheet ?? 1, { trim: false })) as unknown as unknown[][];
}

function partsOf(bytes: Uint8Array): (name: string) => string {
  const files = readZip(bytes);
  return (name) => Buffer.from(files.get(name) ?? new Uint8Array()).toString('utf8');
}

const builtinFormats: Record<string, string> = { '0': 'General', '1': '0', '3': '#,##0', '10': '0.00%' };

/** Each cell's number format and boldness, resolved through styles.xml as a spreadsheet application would. */
function cellStyles(part: (name: string) => string, sheet = 1): Map<string, { format: string; bold: boolean }> {
  const styles = part('xl/styles.xml');
  const formats = { ...builtinFormats };
  for (const [, id, code] of styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)) formats[id!] = code!;
  const fonts = [...(/<fonts[^>]*>(.*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>(.*?)<\/font>/g)].map(
    ([, font]) => font!.includes('<b/>'),
  );
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*)\/>/g)].map(
    ([, attributes]) => ({
      format: formats[/numFmtId="(\d+)"/.exec(attributes!)?.[1] ?? ''] ?? 'unknown',
      bold: fonts[Number(/fontId="(\d+)"/.exec(attributes!)?.[1])] ?? false,
    }),
  );
  const cells = new Map<string, { format: string; bold: boolean }>();
  for (const [, reference, style] of part(`xl/worksheets/sheet${sheet}.xml`).matchAll(
    /<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g,
  ))
    cells.set(reference!, xfs[Number(style ?? 0)]!);
  return cells;
}

describe('writeXlsx', () => {
  it('round-trips title, header, rows and totals: numbers stay numbers, dates stay dates, Kazakh text intact', async () => {
    const bytes = writeXlsx({ sheets: [report], creator: 'Jumys', createdAt, language: 'kk-KZ' });
    const data = await readBack(bytes);
    expect(data).toEqual([
      ['Субсидияланатын жұмыс орындары — наурыз 2025', null, null, null, null, null, null],
      columns.map((column) => column.header),
      ...rows,
      ['Барлығы / Итого', null, null, 15, 235_000, null, null],
    ]);
    expect(typeof data[2]![3]).toBe('number');
    expect(data[2]![6]).toBeInstanceOf(Date);
    expect(data[2]![0]).toBe('Қостанай облысы');
    expect(data[2]![1]).toBe('Ұста');
    // An IIN is text: its leading zero survives.
    expect(data[2]![2]).toBe('010203400567');
  });

  it('freezes and filters the header, and sets widths, bold rows and a number format per kind', () => {
    const part = partsOf(writeXlsx({ sheets: [report], creator: 'Jumys', createdAt }));
    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    // Data rows only: the totals stay below when the user sorts.
    expect(sheet).toContain('<autoFilter ref="A2:G5"/>');
    expect(part('xl/workbook.xml')).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Жұмыс орындары'!$A$2:$G$5</definedName>`,
    );
    expect(sheet).toContain('<col min="1" max="1" width="24" customWidth="1"/>');
    const fitted = Number(/<col min="2" max="2" width="([\d.]+)"/.exec(sheet)?.[1]);
    expect(fitted).toBeGreaterThanOrEqual('Кәсіп / Профессия'.length);
    expect(fitted).toBeLessThanOrEqual(60);

    const styles = cellStyles(part);
    expect(styles.get('A1')).toEqual({ format: 'General', bold: true });
    for (const header of ['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2']) expect(styles.get(header)?.bold).toBe(true);
    expect(styles.get('A3')).toEqual({ format: 'General', bold: false });
    expect(styles.get('D3')).toEqual({ format: '0', bold: false });
    expect(styles.get('E3')).toEqual({ format: '#,##0', bold: false });
    expect(styles.get('F3')).toEqual({ format: '0.00%', bold: false });
    expect(styles.get('G3')).toEqual({ format: 'dd.mm.yyyy', bold: false });
    expect(styles.get('A6')).toEqual({ format: 'General', bold: true });
    expect(styles.get('E6')).toEqual({ format: '#,##0', bold: true });
    // 2025-01-15 is serial 45672 in Excel's 1900 date system.
    expect(sheet).toContain('<c r="G3" s="4"><v>45672</v></c>');
  });

  it('without a title the header is row 1 and the pane and filter follow it', async () => {
    const bytes = writeXlsx({
      sheets: [{ name: 'Тізім', columns: columns.slice(0, 2), rows: [] }],
      creator: 'Jumys',
      createdAt,
    });
    const sheet = partsOf(bytes)('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A1:B1"/>');
    expect(await readBack(bytes)).toEqual([['Облыс / Область', 'Кәсіп / Профессия']]);
  });

  it('escapes markup, strips what XML 1.0 cannot carry, keeps formulas as text and _xHHHH_ literal', async () => {
    const texts = [
      'a & b <c> "d" \'e\'',
      'control\u0001\u0008\u000b\u000c\u001f|',
      'lone \ud800 surrogate',
      'non-characters\ufffe\uffff',
      'Ұста 👷',
      '_x0041_',
      '  padded  ',
      'line\nbreak',
      '=HYPERLINK("http://example.org","click")',
    ];
    const bytes = writeXlsx({
      sheets: [{ name: 'Мәтін', columns: [{ header: 'Мәтін' }], rows: texts.map((text) => [text]) }],
      creator: 'Jumys <jumys@example.kz> & Co',
      createdAt,
    });
    expect((await readBack(bytes)).slice(1).map((row) => row[0])).toEqual([
      'a & b <c> "d" \'e\'',
      'control|',
      'lone  surrogate',
      'non-characters',
      'Ұста 👷',
      '_x0041_',
      '  padded  ',
      'line\nbreak',
      '=HYPERLINK("http://example.org","click")',
    ]);
    const part = partsOf(bytes);
    expect(part('xl/worksheets/sheet1.xml')).not.toContain('<f>');
    expect(part('docProps/core.xml')).toContain('<dc:creator>Jumys &lt;jumys@example.kz&gt; &amp; Co</dc:creator>');
  });

  it('cuts a text longer than a cell holds at 32,767 characters', async () => {
    const bytes = writeXlsx({
      sheets: [{ name: 'Ұзын', columns: [{ header: 'x' }], rows: [['ә'.repeat(40_000)]] }],
      creator: 'Jumys',
      createdAt,
    });
    expect((await readBack(bytes))[1]![0]).toBe('ә'.repeat(32_767));
  });

  it('sanitises sheet names: forbidden characters, 31 characters, apostrophes, duplicates ignoring case, empty, History', async () => {
    const sheet = (name: string): XlsxSheet => ({ name, columns: [{ header: 'x' }], rows: [[1]] });
    const names = [
      'Есеп: 2024/2025 [ЦТМ]',
      'есеп: 2024/2025 [цтм]',
      'Субсидияланатын жұмыс орындары бойынша есеп',
      'Субсидияланатын жұмыс орындары бойынша есеп',
      "'Тізім'",
      '',
      'History',
      '?*\\',
    ];
    const bytes = writeXlsx({ sheets: names.map(sheet), creator: 'Jumys', createdAt });
    const read = await readXlsxFile(Buffer.from(bytes));
    expect(read.map((s) => s.sheet)).toEqual([
      'Есеп_ 2024_2025 _ЦТМ_',
      'есеп_ 2024_2025 _цтм_ (2)',
      'Субсидияланатын жұмыс орындары',
      'Субсидияланатын жұмыс орынд (2)',
      'Тізім',
      'Sheet6',
      'History_',
      '___',
    ]);
    for (const { sheet: name } of read) expect(name.length).toBeLessThanOrEqual(31);
    expect(partsOf(bytes)('xl/workbook.xml')).toContain(
      '<sheet name="Есеп_ 2024_2025 _ЦТМ_" sheetId="1" r:id="rId1"/>',
    );
  });

  it('gives the same bytes for the same input, stamped with createdAt', () => {
    const input = { sheets: [report], creator: 'Jumys', createdAt, language: 'ru-KZ' };
    const first = writeXlsx(input);
    expect(writeXlsx({ ...input, createdAt: new Date(createdAt) })).toEqual(first);
    expect(writeXlsx({ ...input, createdAt: new Date('2025-03-02T09:30:00Z') })).not.toEqual(first);
    const core = partsOf(first)('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dc:language>ru-KZ</dc:language>');
  });

  it('refuses what a spreadsheet cannot hold instead of writing a file Excel would repair', () => {
    const write = (sheets: XlsxSheet[]) => writeXlsx({ sheets, creator: 'Jumys', createdAt });
    const base = { name: 'S', columns: [{ header: 'x' }] };
    expect(() => write([])).toThrow(RangeError);
    expect(() => write([{ ...base, columns: [], rows: [] }])).toThrow(/no columns/);
    expect(() => write([{ ...base, rows: [[1, 2]] }])).toThrow(/row 2: 2 cells for 1 columns/);
    expect(() => write([{ ...base, rows: [[Number.NaN]] }])).toThrow(/A2: NaN is not a finite number/);
    expect(() => write([{ ...base, rows: [[Number.POSITIVE_INFINITY]] }])).toThrow(RangeError);
    expect(() => write([{ ...base, rows: [[new Date('not a date')]] }])).toThrow(/A2: Excel cannot show the date/);
  });

  it('writes a 10,000-row sheet quickly and compactly, and it reads back whole', async () => {
    const regions = ['Қостанай облысы', 'Ақмола облысы', 'Алматы қ.', 'Астана қ.', 'Шымкент қ.', 'Маңғыстау облысы'];
    const trades = ['Ұста', 'Тігінші', 'Аспаз', 'Жүргізуші', 'Электрик'];
    const big: XlsxCell[][] = Array.from({ length: 10_000 }, (_, i) => [
      regions[i % regions.length]!,
      trades[i % trades.length]!,
      String(900101300000 + i).padStart(12, '0'),
      (i % 17) + 1,
      85_000 + (i % 300) * 500,
      (i % 100) / 100,
      day(2025, (i % 12) + 1, (i % 28) + 1),
    ]);
    const started = performance.now();
    const bytes = writeXlsx({
      sheets: [{ ...report, rows: big, totals: undefined }],
      creator: 'Jumys',
      createdAt,
    });
    const milliseconds = performance.now() - started;
    console.info(`10,000 rows × 7 columns: ${bytes.length} bytes in ${milliseconds.toFixed(0)} ms`);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(milliseconds).toBeLessThan(5_000);
    const data = await readBack(bytes);
    expect(data).toHaveLength(10_002);
    expect(data[2 + 9_999]).toEqual(big[9_999]);
  });
});
