// Renders the documents the system issues (commission minutes, subsidy contracts, CVs) as A4 PDFs in Kazakh, Russian or English.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { isEmbeddableImage } from './pdf-image';

export type PdfAlign = 'left' | 'justify' | 'center' | 'right';

export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; align?: PdfAlign }
  | { kind: 'fields'; rows: readonly (readonly [label: string, value: string])[] }
  | {
      kind: 'table';
      columns: readonly { title: string; width?: number; align?: 'left' | 'right' | 'center' }[];
      rows: readonly (readonly string[])[];
    }
  | { kind: 'signatures'; rows: readonly { role: string; name: string }[] }
  | { kind: 'spacer'; size?: number }
  | { kind: 'image'; bytes: Uint8Array; width: number };

export type PdfSpec = {
  title: string;
  author?: string;
  subject?: string;
  language: 'kk' | 'ru' | 'en';
  createdAt: Date;
  footer?: string;
  blocks: readonly PdfBlock[];
};

type OpenedImage = { width: number; height: number; orientation?: number };

// pdfkit has openImage and accepts what it returns, but @types/pdfkit does not declare either.
declare global {
  namespace PDFKit.Mixins {
    interface PDFImage {
      openImage(src: Buffer): OpenedImage;
      image(src: OpenedImage, x?: number, y?: number, options?: ImageOption): this;
    }
  }
}

const millimetre = 72 / 25.4;
const margins = { top: 20 * millimetre, bottom: 22 * millimetre, left: 25 * millimetre, right: 15 * millimetre };
const size = { body: 10.5, title: 15, heading: 12, table: 9, footer: 8 };
const lineGap = 2;
const blockGap = 8;
const cellPadding = { x: 4, y: 3 };
const colour = { text: '#000000', muted: '#444444', rule: '#8c8c8c', headerFill: '#ececec' };

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

// DejaVu Sans has every Kazakh letter and the tenge sign (₸), which PT Sans and the Fontsource subsets lack,
// and its glyphs subset small; the files come with the npm package, so nothing is fetched at run time.
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  // pdfkit unpacks some PNGs in a callback, where a broken one would throw outside this promise and stop the process.
  if (spec.blocks.some((b) => b.kind === 'image' && !isEmbeddableImage(b.bytes))) {
    throw new Error('renderPdf: an image block cannot be embedded (not a readable JPEG or PNG)');
  }
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    pdfVersion: '1.7',
    lang: spec.language,
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    // The file ID is a hash of this dictionary, so fixing both dates makes the output byte-for-byte reproducible.
    info: {
      Title: spec.title,
      ...(spec.author === undefined ? {} : { Author: spec.author }),
      ...(spec.subject === undefined ? {} : { Subject: spec.subject }),
      Producer: 'Jumys',
      Creator: 'Jumys',
      CreationDate: spec.createdAt,
      ModDate: spec.createdAt,
    },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const bytes = collectBytes(doc);

  doc.addPage();
  for (const block of spec.blocks) drawBlock(doc, block);
  drawFooters(doc, spec.footer);
  doc.end();
  return bytes;
}

function collectBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
    doc.on('error', reject);
  });
}

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - margins.left - margins.right;
const bottomY = (doc: PDFKit.PDFDocument) => doc.page.height - margins.bottom;

function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > bottomY(doc) && doc.y > margins.top) doc.addPage();
}

function drawBlock(doc: PDFKit.PDFDocument, block: PdfBlock) {
  doc.x = margins.left;
  doc.fillColor(colour.text);
  switch (block.kind) {
    case 'title':
      return drawText(doc, block.text, {
        font: 'bold',
        fontSize: size.title,
        align: 'center',
        gapAfter: blockGap * 1.5,
      });
    case 'heading': {
      doc.font('bold').fontSize(size.heading);
      // A heading never ends a page alone: keep room for it and two lines of what follows.
      const headingHeight = doc.heightOfString(block.text, { width: contentWidth(doc), lineGap });
      ensureSpace(doc, headingHeight + 2 * (size.body + lineGap) + blockGap);
      return drawText(doc, block.text, { font: 'bold', fontSize: size.heading, align: 'left', gapAfter: blockGap / 2 });
    }
    case 'paragraph':
      return drawText(doc, block.text, {
        font: 'regular',
        fontSize: size.body,
        align: block.align ?? 'left',
        gapAfter: blockGap,
      });
    case 'fields':
      return drawFields(doc, block.rows);
    case 'table':
      return drawTable(doc, block.columns, block.rows);
    case 'signatures':
      return drawSignatures(doc, block.rows);
    case 'spacer':
      doc.y = Math.min(doc.y + (block.size ?? size.body), bottomY(doc));
      return;
    case 'image':
      return drawImage(doc, block.bytes, block.width);
  }
}

function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: { font: 'regular' | 'bold'; fontSize: number; align: PdfAlign; gapAfter: number },
) {
  doc.font(style.font).fontSize(style.fontSize);
  ensureSpace(doc, doc.currentLineHeight(true));
  doc.text(text, margins.left, doc.y, { width: contentWidth(doc), align: style.align, lineGap });
  doc.y += style.gapAfter;
}

function drawFields(doc: PDFKit.PDFDocument, rows: readonly (readonly [label: string, value: string])[]) {
  const width = contentWidth(doc);
  const gap = 12;
  const labelWidth = Math.round(width * 0.36);
  const valueWidth = width - labelWidth - gap;
  doc.fontSize(size.body);
  for (const [label, value] of rows) {
    const height = Math.max(
      doc.font('regular').heightOfString(label, { width: labelWidth, lineGap }),
      doc.font('bold').heightOfString(value, { width: valueWidth, lineGap }),
    );
    ensureSpace(doc, height);
    const top = doc.y;
    doc.font('regular').fillColor(colour.muted).text(label, margins.left, top, { width: labelWidth, lineGap });
    doc
      .font('bold')
      .fillColor(colour.text)
      .text(value, margins.left + labelWidth + gap, top, { width: valueWidth, lineGap });
    doc.y = top + height + 3;
  }
  doc.x = margins.left;
  doc.y += blockGap;
}

type TableColumn = { title: string; width?: number; align?: 'left' | 'right' | 'center' };

function drawTable(doc: PDFKit.PDFDocument, columns: readonly TableColumn[], rows: readonly (readonly string[])[]) {
  const totalWidth = contentWidth(doc);
  const relative = columns.map((column) => column.width ?? 1);
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((part) => (totalWidth * part) / sum);
  const lefts = widths.map((_, index) => margins.left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const header = columns.map((column) => column.title);
  doc.fontSize(size.table).lineWidth(0.5);

  const measure = (cells: readonly string[], font: 'regular' | 'bold') => {
    doc.font(font);
    const textHeight = Math.max(
      ...widths.map((width, index) =>
        doc.heightOfString(cells[index] ?? '', { width: width - 2 * cellPadding.x, lineGap: 1 }),
      ),
    );
    return textHeight + 2 * cellPadding.y;
  };
  const drawRow = (cells: readonly string[], font: 'regular' | 'bold', height: number) => {
    const top = doc.y;
    doc.font(font);
    columns.forEach((column, index) => {
      const left = lefts[index] ?? margins.left;
      const width = widths[index] ?? 0;
      if (font === 'bold') doc.rect(left, top, width, height).fillAndStroke(colour.headerFill, colour.rule);
      else doc.rect(left, top, width, height).stroke(colour.rule);
      doc.fillColor(colour.text).text(cells[index] ?? '', left + cellPadding.x, top + cellPadding.y, {
        width: width - 2 * cellPadding.x,
        height: height - 2 * cellPadding.y,
        align: font === 'bold' ? 'left' : (column.align ?? 'left'),
        lineGap: 1,
        // A row is never split across pages; one taller than a whole page is cut rather than run off the sheet.
        ellipsis: true,
      });
    });
    doc.y = top + height;
  };

  const headerHeight = measure(header, 'bold');
  const pageBody = bottomY(doc) - margins.top - headerHeight;
  ensureSpace(doc, headerHeight + Math.min(measure(rows[0] ?? [], 'regular'), pageBody));
  drawRow(header, 'bold', headerHeight);
  for (const row of rows) {
    const height = Math.min(measure(row, 'regular'), pageBody);
    if (doc.y + height > bottomY(doc)) {
      doc.addPage();
      drawRow(header, 'bold', headerHeight);
    }
    drawRow(row, 'regular', height);
  }
  doc.x = margins.left;
  doc.y += blockGap;
}

function drawSignatures(doc: PDFKit.PDFDocument, rows: readonly { role: string; name: string }[]) {
  const width = contentWidth(doc);
  const roleWidth = width * 0.42;
  const lineLeft = margins.left + width * 0.45;
  const lineRight = margins.left + width * 0.7;
  const nameLeft = lineRight + width * 0.03;
  const nameWidth = margins.left + width - nameLeft;
  // Room above each line for a handwritten signature when the document is printed.
  const signingSpace = 18;
  doc.font('regular').fontSize(size.body).lineWidth(0.5);
  for (const { role, name } of rows) {
    const textHeight = Math.max(
      doc.heightOfString(role, { width: roleWidth, lineGap }),
      doc.heightOfString(name, { width: nameWidth, lineGap }),
    );
    ensureSpace(doc, signingSpace + textHeight);
    const top = doc.y + signingSpace;
    doc.fillColor(colour.text).text(role, margins.left, top, { width: roleWidth, lineGap });
    doc.text(name, nameLeft, top, { width: nameWidth, lineGap });
    const lineY = top + size.body + 1;
    doc.moveTo(lineLeft, lineY).lineTo(lineRight, lineY).stroke(colour.text);
    doc.y = top + textHeight;
  }
  doc.x = margins.left;
  doc.y += blockGap;
}

function drawImage(doc: PDFKit.PDFDocument, bytes: Uint8Array, requestedWidth: number) {
  const image = doc.openImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  // A JPEG rotated by its EXIF orientation (phone photos) is drawn turned, so its sides swap.
  const [imageWidth, imageHeight] =
    (image.orientation ?? 1) > 4 ? [image.height, image.width] : [image.width, image.height];
  const pageBody = bottomY(doc) - margins.top;
  const width = Math.min(requestedWidth, contentWidth(doc), (pageBody * imageWidth) / imageHeight);
  const height = (width * imageHeight) / imageWidth;
  ensureSpace(doc, height);
  const top = doc.y;
  doc.image(image, margins.left, top, { width });
  doc.x = margins.left;
  doc.y = top + height + blockGap;
}

function drawFooters(doc: PDFKit.PDFDocument, footer: string | undefined) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const width = contentWidth(doc);
    const ruleY = doc.page.height - margins.bottom + 10;
    const textY = ruleY + 5;
    // Text below the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .lineWidth(0.5)
      .moveTo(margins.left, ruleY)
      .lineTo(margins.left + width, ruleY)
      .stroke(colour.rule);
    doc.font('regular').fontSize(size.footer).fillColor(colour.muted);
    const pageLabel = `${index - start + 1} / ${count}`;
    const pageLabelWidth = 60;
    if (footer) {
      doc.text(footer, margins.left, textY, {
        width: width - pageLabelWidth,
        height: doc.currentLineHeight(),
        ellipsis: true,
      });
    }
    doc.text(pageLabel, margins.left + width - pageLabelWidth, textY, {
      width: pageLabelWidth,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margins.bottom;
  }
}
