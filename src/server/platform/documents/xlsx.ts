// Writes XLSX workbooks (Office Open XML spreadsheets) for reports and exports, without dependencies.
import { createZip, type ZipEntry } from './zip';

/** A cell's value; a Date is written as its UTC calendar day and time, so pass a local day as UTC midnight. */
export type XlsxCell = string | number | Date | null;
export type XlsxColumnKind = 'text' | 'integer' | 'money' | 'percent' | 'date';
export type XlsxColumn = {
  header: string;
  /** In characters; without it the column fits its longest value, within 8 to 60. */
  width?: number;
  /** How numbers (and dates) of the column look: `money` is whole tenge as #,##0, `percent` takes a fraction (0.25 → 25.00%). */
  kind?: XlsxColumnKind;
};
export type XlsxSheet = {
  /** Sanitised: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxCell[])[];
  /** A bold last row, outside the autofilter so sorting leaves it at the bottom. */
  totals?: readonly XlsxCell[];
  /** A bold first row above the header. */
  title?: string;
};

const maxRows = 1_048_576;
const maxColumns = 16_384;
const maxCellText = 32_767;
const maxSheetName = 31;

// The cellXfs of styles.xml: each number format once in regular and once in bold, bold ones after the regular ones.
const formats = ['general', 'integer', 'money', 'percent', 'date'] as const;
type Format = (typeof formats)[number];
const numberFormatIds: Record<Format, number> = { general: 0, integer: 1, money: 3, percent: 10, date: 164 };
const customNumberFormats = [{ id: 164, code: 'dd.mm.yyyy' }];

function styleOf(format: Format, bold: boolean): number {
  return formats.indexOf(format) + (bold ? formats.length : 0);
}

const millisecondsPerDay = 86_400_000;
// Serial 25569 is 1970-01-01 in Excel's 1900 date system; serials before 61 are off by Excel's fictitious 1900-02-29.
const unixEpochSerial = 25_569;
const earliestSerialDate = Date.UTC(1900, 2, 1);

const invalidXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlSpecial = /[&<>"]/g;
const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML content or attribute value: escaped, and stripped of characters XML 1.0 cannot carry at all. */
function escapeXml(text: string): string {
  return text.replace(invalidXmlCharacters, '').replace(xmlSpecial, (c) => xmlEntities[c]!);
}

/** Text of a SpreadsheetML string: Excel decodes _xHHHH_ as a character, so a literal one keeps its underscore as _x005F_. */
function escapeSpreadsheetText(text: string): string {
  return escapeXml(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** At most `length` UTF-16 units, never splitting a surrogate pair. */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Sheet names Excel accepts: no : \ / ? * [ ], no apostrophe at either end, not "History", ≤ 31 characters, unique ignoring case. */
function sanitiseSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const trimEdges = (text: string) => text.trim().replace(/^'+|'+$/g, '');
    let clean = trimEdges(
      truncate(trimEdges(name.replace(invalidXmlCharacters, '').replace(/[\p{Cc}:\\/?*[\]]/gu, '_')), maxSheetName),
    );
    if (clean === '') clean = `Sheet${index + 1}`;
    if (clean.toLowerCase() === 'history') clean = `${clean}_`;
    let candidate = clean;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = truncate(clean, maxSheetName - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function formatOf(value: number | Date, kind: XlsxColumnKind | undefined): Format {
  if (value instanceof Date) return 'date';
  return kind === 'integer' || kind === 'money' || kind === 'percent' ? kind : 'general';
}

/** How many characters a value takes on screen, roughly, for columns without a width. */
function displayLength(value: XlsxCell, format: Format): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.split('\n').reduce((longest, line) => Math.max(longest, line.length), 0);
  if (value instanceof Date) return 10;
  if (format === 'percent') return (value * 100).toFixed(2).length + 1;
  if (format === 'integer' || format === 'money') {
    const digits = Math.abs(Math.round(value)).toString().length;
    return digits + Math.floor((digits - 1) / 3) * (format === 'money' ? 1 : 0) + (value < 0 ? 1 : 0);
  }
  return String(value).length;
}

/** Collects the workbook's strings once each: repeated values (regions, statuses) are stored once. */
function createSharedStrings() {
  const indexes = new Map<string, number>();
  const items: string[] = [];
  let references = 0;
  return {
    indexOf(text: string): number {
      references++;
      let index = indexes.get(text);
      if (index === undefined) {
        index = items.length;
        indexes.set(text, index);
        const clean = escapeSpreadsheetText(truncate(text, maxCellText));
        const preserve = /^\s|\s$/.test(clean) ? ' xml:space="preserve"' : '';
        items.push(`<si><t${preserve}>${clean}</t></si>`);
      }
      return index;
    },
    toXml(): string {
      return `${xmlDeclaration}<sst xmlns="${mainNamespace}" count="${references}" uniqueCount="${items.length}">${items.join('')}</sst>`;
    },
  };
}
type SharedStrings = ReturnType<typeof createSharedStrings>;

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipsNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One `<c>` element, or '' for an empty cell. */
function cellXml(
  value: XlsxCell,
  reference: string,
  kind: XlsxColumnKind | undefined,
  bold: boolean,
  strings: SharedStrings,
  where: string,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') {
    const style = styleOf('general', bold);
    return `<c r="${reference}"${style ? ` s="${style}"` : ''} t="s"><v>${strings.indexOf(value)}</v></c>`;
  }
  let number: number;
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time) || time < earliestSerialDate)
      throw new RangeError(`${where} ${reference}: Excel cannot show the date ${value.toString()}`);
    number = time / millisecondsPerDay + unixEpochSerial;
  } else {
    if (!Number.isFinite(value)) throw new RangeError(`${where} ${reference}: ${value} is not a finite number`);
    number = value;
  }
  const style = styleOf(formatOf(value, kind), bold);
  return `<c r="${reference}"${style ? ` s="${style}"` : ''}><v>${number}</v></c>`;
}

/** Where a sheet's parts go: the optional title in row 1, then the header, the data rows and the totals. */
function layoutOf({ columns, rows, totals, title }: XlsxSheet) {
  const headerRow = title ? 2 : 1;
  const lastDataRow = headerRow + rows.length;
  const lastColumn = columnLetters(columns.length - 1);
  return {
    headerRow,
    lastRow: lastDataRow + (totals ? 1 : 0),
    lastColumn,
    autoFilter: { from: `A${headerRow}`, to: `${lastColumn}${lastDataRow}` },
  };
}

function worksheetXml(sheet: XlsxSheet, sheetName: string, isFirst: boolean, strings: SharedStrings): string {
  const { columns, rows, totals, title } = sheet;
  if (columns.length === 0) throw new RangeError(`Sheet "${sheetName}" has no columns`);
  if (columns.length > maxColumns) throw new RangeError(`Sheet "${sheetName}" has more than ${maxColumns} columns`);
  const { headerRow, lastRow, lastColumn, autoFilter } = layoutOf(sheet);
  if (lastRow > maxRows) throw new RangeError(`Sheet "${sheetName}" has more than ${maxRows} rows`);
  const letters = columns.map((_, index) => columnLetters(index));
  const widths = columns.map((column) => column.header.length + 3); // room for the filter button
  const where = `Sheet "${sheetName}"`;

  const rowXml = (cells: readonly XlsxCell[], rowNumber: number, bold: boolean): string => {
    if (cells.length > columns.length)
      throw new RangeError(`${where} row ${rowNumber}: ${cells.length} cells for ${columns.length} columns`);
    let xml = `<row r="${rowNumber}">`;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i] ?? null;
      const kind = columns[i]?.kind;
      xml += cellXml(value, `${letters[i]}${rowNumber}`, kind, bold, strings, where);
      if (value !== null && columns[i]?.width === undefined) {
        const length = displayLength(value, typeof value === 'string' ? 'general' : formatOf(value, kind));
        if (length > widths[i]!) widths[i] = length;
      }
    }
    return `${xml}</row>`;
  };

  const body: string[] = [];
  if (title) body.push(`<row r="1">${cellXml(title, 'A1', undefined, true, strings, where)}</row>`);
  body.push(
    rowXml(
      columns.map((column) => column.header),
      headerRow,
      true,
    ),
  );
  for (const [index, row] of rows.entries()) body.push(rowXml(row, headerRow + 1 + index, false));
  if (totals) body.push(rowXml(totals, lastRow, true));

  const cols = columns
    .map((column, index) => {
      const width = column.width ?? Math.min(Math.max(widths[index]! + 1, 8), 60);
      return `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`;
    })
    .join('');
  const firstBodyCell = `A${headerRow + 1}`;
  return [
    xmlDeclaration,
    `<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipsNamespace}">`,
    `<dimension ref="A1:${lastColumn}${lastRow}"/>`,
    `<sheetViews><sheetView${isFirst ? ' tabSelected="1"' : ''} workbookViewId="0">`,
    `<pane ySplit="${headerRow}" topLeftCell="${firstBodyCell}" activePane="bottomLeft" state="frozen"/>`,
    `<selection pane="bottomLeft" activeCell="${firstBodyCell}" sqref="${firstBodyCell}"/>`,
    '</sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${cols}</cols>`,
    `<sheetData>${body.join('')}</sheetData>`,
    `<autoFilter ref="${autoFilter.from}:${autoFilter.to}"/>`,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}

function stylesXml(): string {
  const xf = (format: Format, bold: boolean) =>
    `<xf numFmtId="${numberFormatIds[format]}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${
      format === 'general' ? '' : ' applyNumberFormat="1"'
    }${bold ? ' applyFont="1"' : ''}/>`;
  const xfs = [...formats.map((f) => xf(f, false)), ...formats.map((f) => xf(f, true))];
  const font = (bold: boolean) =>
    `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  return [
    xmlDeclaration,
    `<styleSheet xmlns="${mainNamespace}">`,
    `<numFmts count="${customNumberFormats.length}">`,
    ...customNumberFormats.map(({ id, code }) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`),
    '</numFmts>',
    `<fonts count="2">${font(false)}${font(true)}</fonts>`,
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '</styleSheet>',
  ].join('');
}

function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookXml(sheets: readonly XlsxSheet[], names: readonly string[]): string {
  const definedNames: string[] = [];
  sheets.forEach((sheet, index) => {
    const quoted = quoteSheetName(names[index]!);
    const { headerRow, autoFilter } = layoutOf(sheet);
    const absolute = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    // Excel keeps an autofilter's range in this hidden name; the print titles repeat the header on every printed page.
    definedNames.push(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(
        `${quoted}!${absolute(autoFilter.from)}:${absolute(autoFilter.to)}`,
      )}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(
        `${quoted}!$${headerRow}:$${headerRow}`,
      )}</definedName>`,
    );
  });
  const sheetElements = names
    .map(
      (name, index) => `<sheet name="${escapeSpreadsheetText(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    )
    .join('');
  return [
    xmlDeclaration,
    `<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipsNamespace}">`,
    '<bookViews><workbookView activeTab="0"/></bookViews>',
    `<sheets>${sheetElements}</sheets>`,
    `<definedNames>${definedNames.join('')}</definedNames>`,
    '</workbook>',
  ].join('');
}

function relationshipsXml(relationships: readonly { type: string; target: string }[]): string {
  const items = relationships
    .map(
      ({ type, target }, index) => `<Relationship Id="rId${index + 1}" Type="${type}" Target="${escapeXml(target)}"/>`,
    )
    .join('');
  return `${xmlDeclaration}<Relationships xmlns="${packageRelationshipsNamespace}">${items}</Relationships>`;
}

function contentTypesXml(sheetCount: number): string {
  const spreadsheetml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = [
    ['/xl/workbook.xml', `${spreadsheetml}.sheet.main+xml`],
    ...Array.from({ length: sheetCount }, (_, i) => [
      `/xl/worksheets/sheet${i + 1}.xml`,
      `${spreadsheetml}.worksheet+xml`,
    ]),
    ['/xl/styles.xml', `${spreadsheetml}.styles+xml`],
    ['/xl/sharedStrings.xml', `${spreadsheetml}.sharedStrings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  return [
    xmlDeclaration,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    ...overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`),
    '</Types>',
  ].join('');
}

function corePropertiesXml(creator: string, createdAt: Date, language: string | undefined): string {
  const at = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    xmlDeclaration,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:creator>${escapeXml(creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>`,
    language ? `<dc:language>${escapeXml(language)}</dc:language>` : '',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function appPropertiesXml(): string {
  return `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Jumys</Application></Properties>`;
}

/** The XLSX bytes of the sheets; the same input gives the same bytes (every timestamp is `createdAt`). */
export function writeXlsx({
  sheets,
  creator,
  createdAt,
  language,
}: {
  sheets: readonly XlsxSheet[];
  creator: string;
  createdAt: Date;
  /** BCP 47, e.g. kk-KZ or ru-KZ, for the document properties. */
  language?: string;
}): Uint8Array {
  if (sheets.length === 0) throw new RangeError('A workbook needs at least one sheet');
  const names = sanitiseSheetNames(sheets.map((sheet) => sheet.name));
  const strings = createSharedStrings();
  const worksheets = sheets.map((sheet, index) => worksheetXml(sheet, names[index]!, index === 0, strings));
  const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', content: contentTypesXml(sheets.length) },
    {
      name: '_rels/.rels',
      content: relationshipsXml([
        { type: `${officeDocument}/officeDocument`, target: 'xl/workbook.xml' },
        {
          type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
          target: 'docProps/core.xml',
        },
        { type: `${officeDocument}/extended-properties`, target: 'docProps/app.xml' },
      ]),
    },
    { name: 'docProps/core.xml', content: corePropertiesXml(creator, createdAt, language) },
    { name: 'docProps/app.xml', content: appPropertiesXml() },
    { name: 'xl/workbook.xml', content: workbookXml(sheets, names) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: relationshipsXml([
        ...worksheets.map((_, index) => ({
          type: `${officeDocument}/worksheet`,
          target: `worksheets/sheet${index + 1}.xml`,
        })),
        { type: `${officeDocument}/styles`, target: 'styles.xml' },
        { type: `${officeDocument}/sharedStrings`, target: 'sharedStrings.xml' },
      ]),
    },
    { name: 'xl/styles.xml', content: stylesXml() },
    { name: 'xl/sharedStrings.xml', content: strings.toXml() },
    ...worksheets.map((content, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, content })),
  ];
  return createZip(entries, createdAt);
}
