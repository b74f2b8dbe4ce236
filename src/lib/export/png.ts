/**
 * A PNG of a map for slides and reports: a title band, the map image, a legend panel beside it and the source
 * line below. Browser only (canvas). The legend is data (LegendSection[]), so the caller decides what it shows:
 * the workshop screen reads it from its on-screen legend, the compare page builds it from its colour scales.
 */
import { t } from '$lib/i18n/catalogue';

export interface LegendItem {
  label: string;
  /** CSS colour of the fill; transparent for a ring. */
  fill: string;
  /** CSS colour of the outline, if any. */
  stroke?: string;
  shape: 'swatch' | 'circle';
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

export interface MapPngInput {
  /** The map canvas as a PNG data URL. */
  map: string;
  title: string;
  subtitle?: string;
  legend: LegendSection[];
  /** Source attribution printed under the map. */
  sources?: string;
  /** Legend beside the map (default) or in a strip under it (for wide images such as two maps side by side). */
  legendPosition?: 'right' | 'bottom';
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const INK = '#111827';
const MUTED = '#4b5563';
const PAD = 24;
const LEGEND_W = 300;
const TITLE_H = 84;
const FOOTER_H = 36;
const ITEM_H = 22;
const SECTION_GAP = 16;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(t('exportFiles.imageUnreadable')));
    img.src = src;
  });
}

/** Height in px of the legend panel (titles of up to two lines + items), so the canvas can grow to fit it. */
export function legendHeight(legend: readonly LegendSection[]): number {
  return legend.reduce((h, s) => h + 2 * 19 + 6 + s.items.length * ITEM_H + SECTION_GAP, 8);
}

/** Words of `text` in lines no wider than `width`; at most `max` lines, the last one cut with an ellipsis. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > max) lines.splice(max - 1, lines.length, lines.slice(max - 1).join(' '));
  return lines.map((l) => ellipsize(ctx, l, width));
}

function ellipsize(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(s + '…').width > width) s = s.slice(0, -1);
  return s + '…';
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: readonly LegendSection[],
  x: number,
  y: number
): void {
  for (const section of legend) {
    ctx.fillStyle = INK;
    ctx.font = `600 15px ${FONT}`;
    for (const line of wrap(ctx, section.title, LEGEND_W - 2 * PAD, 2)) {
      ctx.fillText(line, x, y + 15);
      y += 19;
    }
    y += 5;
    ctx.font = `14px ${FONT}`;
    for (const item of section.items) {
      drawItem(ctx, { ...item, label: ellipsize(ctx, item.label, LEGEND_W - 2 * PAD - SWATCH_W) }, x, y);
      y += ITEM_H;
    }
    y += SECTION_GAP;
  }
}

const SWATCH_W = 28;
const ITEM_GAP = 22;

/** Lays the legend out as rows of items under each section title; returns the height (draws when `draw`). */
function flowLegend(
  ctx: CanvasRenderingContext2D,
  legend: readonly LegendSection[],
  x0: number,
  y0: number,
  width: number,
  draw: boolean
): number {
  let y = y0;
  for (const section of legend) {
    ctx.font = `600 15px ${FONT}`;
    if (draw) {
      ctx.fillStyle = INK;
      ctx.fillText(ellipsize(ctx, section.title, width), x0, y + 15);
    }
    y += 22;
    ctx.font = `14px ${FONT}`;
    let x = x0;
    for (const item of section.items) {
      const w = SWATCH_W + ctx.measureText(item.label).width;
      if (x > x0 && x + w > x0 + width) {
        x = x0;
        y += ITEM_H;
      }
      if (draw) drawItem(ctx, item, x, y);
      x += w + ITEM_GAP;
    }
    y += ITEM_H + SECTION_GAP / 2;
  }
  return y - y0;
}

function drawItem(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  const cy = y + ITEM_H / 2;
  ctx.beginPath();
  if (item.shape === 'circle') ctx.arc(x + 9, cy, 7, 0, 2 * Math.PI);
  else ctx.rect(x, cy - 7, 18, 14);
  ctx.fillStyle = item.fill;
  ctx.fill();
  ctx.lineWidth = item.stroke ? 2 : 1;
  ctx.strokeStyle = item.stroke ?? 'rgba(107, 114, 128, 0.8)';
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.fillText(item.label, x + SWATCH_W, cy + 5);
}

/** The composed PNG as a data URL. */
export async function composeMapPng(input: MapPngInput): Promise<string> {
  const map = await loadImage(input.map);
  const bottom = input.legendPosition === 'bottom';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('exportFiles.noCanvas'));

  const legendW = bottom ? 0 : LEGEND_W;
  const width = map.width + legendW;
  const stripH = bottom ? flowLegend(ctx, input.legend, PAD, 0, width - 2 * PAD, false) + 12 : 0;
  const bodyH = bottom ? map.height + stripH : Math.max(map.height, legendHeight(input.legend) + PAD);
  const height = TITLE_H + bodyH + FOOTER_H;
  canvas.width = width;
  canvas.height = height; // resets the context state: set fonts after this

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';

  ctx.fillStyle = INK;
  ctx.font = `700 28px ${FONT}`;
  ctx.fillText(ellipsize(ctx, input.title, width - 2 * PAD), PAD, 40);
  if (input.subtitle) {
    ctx.fillStyle = MUTED;
    ctx.font = `16px ${FONT}`;
    ctx.fillText(ellipsize(ctx, input.subtitle, width - 2 * PAD), PAD, 66);
  }

  ctx.drawImage(map, 0, TITLE_H);
  ctx.strokeStyle = '#d1d5db';
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, TITLE_H + 0.5, map.width - 1, map.height - 1);
  if (bottom) flowLegend(ctx, input.legend, PAD, TITLE_H + map.height + 12, width - 2 * PAD, true);
  else drawLegend(ctx, input.legend, map.width + PAD, TITLE_H + 8);

  if (input.sources) {
    ctx.fillStyle = MUTED;
    ctx.font = `13px ${FONT}`;
    ctx.fillText(ellipsize(ctx, input.sources, width - 2 * PAD), PAD, TITLE_H + bodyH + 23);
  }
  return canvas.toDataURL('image/png');
}

/**
 * Reads a legend from the page, so the PNG's legend is the one on screen whatever the map shows. A section starts
 * at a heading (`h3` or `.title`) or at a list with an aria-label; each `li` is an item labelled by its `title`
 * attribute or its text, coloured by its first child with a visible background (a swatch) or its SVG circle.
 */
export function legendFromElement(root: Element | null): LegendSection[] {
  if (!root) return [];
  const sections: LegendSection[] = [];
  let heading: string | null = null;
  // The text of an element without the text inside its SVG symbols (a "×" drawn in a circle is not a label).
  const text = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('svg').forEach((svg) => svg.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const visible = (c: string | null) =>
    !!c && c !== 'none' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
  for (const el of root.querySelectorAll('h3, .title, ol, ul, li')) {
    if (el.matches('h3, .title')) {
      heading = text(el);
    } else if (el.matches('ol, ul')) {
      sections.push({ title: heading ?? el.getAttribute('aria-label') ?? '', items: [] });
      heading = null;
    } else {
      const section = sections[sections.length - 1];
      const label = el.getAttribute('title') || text(el);
      if (!section || !label) continue;
      const swatch = [...el.querySelectorAll('span')].find((s) =>
        visible(getComputedStyle(s).backgroundColor)
      );
      if (swatch) {
        const round = getComputedStyle(swatch).borderRadius !== '0px';
        section.items.push({
          label,
          fill: getComputedStyle(swatch).backgroundColor,
          shape: round ? 'circle' : 'swatch'
        });
        continue;
      }
      const circles = [...el.querySelectorAll('circle')];
      if (circles.length === 0) continue;
      const filled = circles.find((c) => visible(c.getAttribute('fill')));
      const stroked = [...circles].reverse().find((c) => visible(c.getAttribute('stroke')));
      section.items.push({
        label,
        fill: filled?.getAttribute('fill') ?? 'transparent',
        stroke: stroked?.getAttribute('stroke') ?? undefined,
        shape: 'circle'
      });
    }
  }
  return sections.filter((s) => s.items.length > 0);
}

/** Maps side by side, each with a label above it (the compare page's A and B for the PDF). */
export async function joinImages(parts: readonly { src: string; label: string }[]): Promise<string> {
  const images = await Promise.all(parts.map((p) => loadImage(p.src)));
  const LABEL_H = 34;
  const GAP = 12;
  const width = images.reduce((w, img) => w + img.width, 0) + GAP * (images.length - 1);
  const height = LABEL_H + Math.max(...images.map((img) => img.height));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('exportFiles.noCanvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  let x = 0;
  images.forEach((img, i) => {
    ctx.fillStyle = INK;
    ctx.font = `600 20px ${FONT}`;
    ctx.fillText(ellipsize(ctx, parts[i].label, img.width - 8), x + 4, 24);
    ctx.drawImage(img, x, LABEL_H);
    ctx.strokeStyle = '#d1d5db';
    ctx.strokeRect(x + 0.5, LABEL_H + 0.5, img.width - 1, img.height - 1);
    x += img.width + GAP;
  });
  return canvas.toDataURL('image/png');
}
