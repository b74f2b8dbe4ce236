/**
 * A PNG of a map for slides and reports: a title band, the map image, a legend panel beside it and the source
 * line below. Browser only (canvas). The legend is data (LegendSection[]), so the caller decides what it shows:
 * the workshop screen reads it from its on-screen legend, the compare page builds it from its colour scales.
 */

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
    img.onerror = () => reject(new Error('Kaartbeeld kon niet worden gelezen.'));
    img.src = src;
  });
}

/** Height in px of the legend panel (title lines + items), so the canvas can grow to fit it. */
export function legendHeight(legend: readonly LegendSection[]): number {
  return legend.reduce((h, s) => h + 24 + s.items.length * ITEM_H + SECTION_GAP, 8);
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
    ctx.fillText(ellipsize(ctx, section.title, LEGEND_W - 2 * PAD), x, y + 15);
    y += 24;
    ctx.font = `14px ${FONT}`;
    for (const item of section.items) {
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
      ctx.fillText(ellipsize(ctx, item.label, LEGEND_W - 2 * PAD - 28), x + 28, cy + 5);
      y += ITEM_H;
    }
    y += SECTION_GAP;
  }
}

/** The composed PNG as a data URL. */
export async function composeMapPng(input: MapPngInput): Promise<string> {
  const map = await loadImage(input.map);
  const legendH = legendHeight(input.legend);
  const width = map.width + LEGEND_W;
  const bodyH = Math.max(map.height, legendH + PAD);
  const height = TITLE_H + bodyH + FOOTER_H;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Deze browser kan geen afbeelding maken.');

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
  drawLegend(ctx, input.legend, map.width + PAD, TITLE_H + 8);

  if (input.sources) {
    ctx.fillStyle = MUTED;
    ctx.font = `13px ${FONT}`;
    ctx.fillText(ellipsize(ctx, input.sources, width - 2 * PAD), PAD, TITLE_H + bodyH + 23);
  }
  return canvas.toDataURL('image/png');
}

/**
 * Reads a legend from the page: every `h3` of the element starts a section, every `li` is an item whose colour
 * is the first child with a visible background (its border colour when the background is transparent). Keeps
 * the PNG's legend equal to the one on screen, whatever the map shows.
 */
export function legendFromElement(root: Element | null): LegendSection[] {
  if (!root) return [];
  const sections: LegendSection[] = [];
  const visible = (c: string) => c !== '' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
  for (const el of root.querySelectorAll('h3, li')) {
    if (el.tagName === 'H3') {
      sections.push({ title: (el.textContent ?? '').trim(), items: [] });
      continue;
    }
    const section = sections[sections.length - 1];
    if (!section) continue;
    const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    let fill = '';
    let stroke: string | undefined;
    let round = false;
    for (const child of el.querySelectorAll('span, i, svg')) {
      const style = getComputedStyle(child);
      if (visible(style.backgroundColor)) {
        fill = style.backgroundColor;
        round = style.borderRadius !== '0px';
        break;
      }
      if (parseFloat(style.borderTopWidth) > 0 && visible(style.borderTopColor)) {
        fill = 'transparent';
        stroke = style.borderTopColor;
        round = style.borderRadius !== '0px';
        break;
      }
    }
    if (!label || !fill) continue;
    section.items.push({ label, fill, stroke, shape: round ? 'circle' : 'swatch' });
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
  if (!ctx) throw new Error('Deze browser kan geen afbeelding maken.');
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
