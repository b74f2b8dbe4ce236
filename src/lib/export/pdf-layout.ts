/**
 * A small flowing-layout writer on top of jsPDF: a cursor that moves down an A4 page, headings, paragraphs,
 * images scaled to the text width and tables that break over pages with their header repeated. It knows
 * nothing about scenarios (see pdf.ts). Runs in the browser and in Node (the unit test), no DOM needed.
 */
import '$lib/i18n/parts/pdf';
import { jsPDF } from 'jspdf';
import { t } from '$lib/i18n/catalogue';

export type Rgb = [number, number, number];

export const INK: Rgb = [17, 24, 39];
export const MUTED: Rgb = [75, 85, 99];
export const RULE: Rgb = [209, 213, 219];
export const BAND: Rgb = [243, 244, 246];
/** Okabe-Ito blue and vermillion: distinguishable with every common colour-vision deficiency. */
export const BETTER: Rgb = [0, 94, 153];
export const WORSE: Rgb = [183, 71, 0];

const PT = 0.3528; // mm per point
const LINE = 1.3; // line height as a multiple of the font size

export interface Column<R> {
  header: string;
  /** Width in mm; the columns of a table should add up to the text width. */
  width: number;
  align?: 'left' | 'right';
  text: (row: R) => string;
  color?: (row: R) => Rgb | null;
  bold?: (row: R) => boolean;
}

export class PdfWriter {
  readonly doc: jsPDF;
  readonly margin = 18;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly width: number;
  y: number;

  constructor(options: { compress?: boolean; title: string; subject?: string }) {
    this.doc = new jsPDF({
      unit: 'mm',
      format: 'a4',
      orientation: 'portrait',
      compress: options.compress ?? true
    });
    this.doc.setProperties({
      title: options.title,
      subject: options.subject ?? '',
      creator: 'Transitieatlas',
      author: 'Transitieatlas'
    });
    this.pageWidth = this.doc.internal.pageSize.getWidth();
    this.pageHeight = this.doc.internal.pageSize.getHeight();
    this.width = this.pageWidth - 2 * this.margin;
    this.y = this.margin;
  }

  private get bottom(): number {
    return this.pageHeight - this.margin - 6; // room for the footer
  }

  lineHeight(size: number): number {
    return size * PT * LINE;
  }

  font(size: number, style: 'normal' | 'bold' = 'normal', color: Rgb = INK): void {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.margin;
  }

  /** Starts a new page when less than `height` mm is left. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(mm: number): void {
    this.y += mm;
  }

  heading(text: string, size = 13): void {
    this.ensure(this.lineHeight(size) * 3);
    this.space(2);
    this.font(size, 'bold');
    this.y += size * PT;
    this.doc.text(text, this.margin, this.y);
    this.y += this.lineHeight(size) - size * PT + 1.5;
  }

  /** Wrapped text; returns nothing, moves the cursor below it. */
  paragraph(
    text: string,
    options: { size?: number; style?: 'normal' | 'bold'; color?: Rgb; indent?: number } = {}
  ): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.font(size, options.style, options.color);
    const lines = this.doc.splitTextToSize(text, this.width - indent) as string[];
    const lh = this.lineHeight(size);
    for (const line of lines) {
      this.ensure(lh);
      this.doc.text(line, this.margin + indent, this.y + size * PT);
      this.y += lh;
    }
  }

  /** Label-value pairs in two columns (the report's facts block). */
  facts(pairs: [string, string][], labelWidth = 38): void {
    const size = 10;
    const lh = this.lineHeight(size);
    for (const [label, value] of pairs) {
      this.font(size, 'normal', MUTED);
      const lines = this.doc.splitTextToSize(value, this.width - labelWidth) as string[];
      this.ensure(lh * lines.length);
      this.doc.text(label, this.margin, this.y + size * PT);
      this.font(size, 'normal', INK);
      lines.forEach((line, i) => this.doc.text(line, this.margin + labelWidth, this.y + size * PT + i * lh));
      this.y += lh * lines.length;
    }
  }

  /** Size in mm of an image scaled to the text width and at most `maxHeight` high. */
  imageSize(dataUrl: string, maxHeight = 150): { w: number; h: number } {
    const props = this.doc.getImageProperties(dataUrl);
    const w = this.width;
    const h = (w * props.height) / props.width;
    return h > maxHeight ? { w: (maxHeight * props.width) / props.height, h: maxHeight } : { w, h };
  }

  /**
   * A PNG data URL scaled to the text width (and at most `maxHeight` mm high), with an optional caption and
   * heading kept on the same page as the image.
   */
  image(dataUrl: string, options: { maxHeight?: number; caption?: string; heading?: string } = {}): void {
    const { w, h } = this.imageSize(dataUrl, options.maxHeight);
    this.ensure(h + (options.caption ? 6 : 0) + (options.heading ? 12 : 0));
    if (options.heading) this.heading(options.heading);
    const x = this.margin + (this.width - w) / 2;
    this.doc.addImage(dataUrl, 'PNG', x, this.y, w, h, undefined, 'FAST');
    this.doc.setDrawColor(...RULE);
    this.doc.setLineWidth(0.2);
    this.doc.rect(x, this.y, w, h);
    this.y += h + 1.5;
    if (options.caption) this.paragraph(options.caption, { size: 8, color: MUTED });
  }

  /** Cuts a text to the width with an ellipsis, so a long school name never runs into the next column. */
  fit(text: string, width: number): string {
    if (this.doc.getTextWidth(text) <= width) return text;
    let s = text;
    while (s.length > 1 && this.doc.getTextWidth(s + '…') > width) s = s.slice(0, -1);
    return s.trimEnd() + '…';
  }

  /** A table with a header row repeated on every page, light bands on every other row. */
  table<R>(columns: Column<R>[], rows: readonly R[], options: { size?: number } = {}): void {
    const size = options.size ?? 8.5;
    const rowH = this.lineHeight(size) + 1.4;
    const pad = 1.2;
    // A text column right after a right-aligned number column gets extra room, so "123" and "open" never touch.
    const lead = (i: number) =>
      i > 0 && columns[i - 1].align === 'right' && columns[i].align !== 'right' ? 2.5 : 0;
    const drawHeader = () => {
      this.font(size, 'bold', INK);
      let x = this.margin;
      const lines = columns.map((c) => this.doc.splitTextToSize(c.header, c.width - 2 * pad) as string[]);
      const h = Math.max(...lines.map((l) => l.length)) * this.lineHeight(size) + 1.4;
      for (const [i, c] of columns.entries()) {
        lines[i].forEach((line, k) => {
          const ty = this.y + size * PT + 0.7 + k * this.lineHeight(size);
          if (c.align === 'right') this.doc.text(line, x + c.width - pad, ty, { align: 'right' });
          else this.doc.text(line, x + pad + lead(i), ty);
        });
        x += c.width;
      }
      this.y += h;
      this.doc.setDrawColor(...INK);
      this.doc.setLineWidth(0.3);
      this.doc.line(this.margin, this.y, this.margin + this.width, this.y);
    };
    this.ensure(rowH * 3);
    drawHeader();
    rows.forEach((row, r) => {
      if (this.y + rowH > this.bottom) {
        this.newPage();
        drawHeader();
      }
      if (r % 2 === 1) {
        this.doc.setFillColor(...BAND);
        this.doc.rect(this.margin, this.y, this.width, rowH, 'F');
      }
      let x = this.margin;
      for (const [i, c] of columns.entries()) {
        this.font(size, c.bold?.(row) ? 'bold' : 'normal', c.color?.(row) ?? INK);
        const text = this.fit(c.text(row), c.width - 2 * pad - lead(i));
        const ty = this.y + size * PT + 0.7;
        if (c.align === 'right') this.doc.text(text, x + c.width - pad, ty, { align: 'right' });
        else this.doc.text(text, x + pad + lead(i), ty);
        x += c.width;
      }
      this.y += rowH;
    });
    this.doc.setDrawColor(...RULE);
    this.doc.setLineWidth(0.2);
    this.doc.line(this.margin, this.y, this.margin + this.width, this.y);
    this.space(3);
  }

  /** Footer on every page: a left text and "pagina i van n". Call once, at the end. */
  footer(text: string): void {
    const n = this.doc.getNumberOfPages();
    for (let i = 1; i <= n; i++) {
      this.doc.setPage(i);
      this.font(8, 'normal', MUTED);
      const y = this.pageHeight - this.margin + 4;
      this.doc.setDrawColor(...RULE);
      this.doc.setLineWidth(0.2);
      this.doc.line(this.margin, y - 4, this.margin + this.width, y - 4);
      this.doc.text(this.fit(text, this.width - 30), this.margin, y);
      this.doc.text(t('pdf.page', { i: String(i), n: String(n) }), this.margin + this.width, y, {
        align: 'right'
      });
    }
  }
}
