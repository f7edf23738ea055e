// Saving a chart as a PNG: its SVG is drawn on a canvas at twice the size, on white, and downloaded under a name.

import { fontStacks } from './fonts';

/** The CJK face first, so Chinese labels do not fall back to boxes when the SVG is drawn outside the page. */
const chartFont = fontStacks['zh-CN'];

const scale = 2;

/** Characters a file name may not hold on Windows, macOS or Linux. */
const unsafeInName = /[\\/:*?"<>|\s]+/g;

export function chartFileName(parts: string[]): string {
  return `${parts
    .filter(Boolean)
    .map((part) => part.replace(unsafeInName, '_'))
    .join('-')}.png`;
}

/** A standalone copy of the chart: sized, with the page's font set on it (an image has no stylesheet). */
function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.style.fontFamily = chartFont;
  copy.style.fontSize = getComputedStyle(svg).fontSize || '12px';
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn.'));
    image.src = url;
  });
}

const titleHeight = 36;

interface LegendEntry {
  text: string;
  colour: string;
  /** Where the entry's icon is, from the chart's top left corner. */
  x: number;
  y: number;
  textX: number;
}

/**
 * The chart's legend, where it is on screen: recharts draws it in HTML over the SVG's bottom, so the picture draws
 * it at the same place.
 */
function legendOf(container: HTMLElement, svg: SVGSVGElement): LegendEntry[] {
  const origin = svg.getBoundingClientRect();
  const colourOf = (icon: Element | null) => {
    const fill = icon?.getAttribute('fill');
    // A line's icon is a stroke with no fill.
    return fill && fill !== 'none' ? fill : (icon?.getAttribute('stroke') ?? '#8c8c8c');
  };
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('svg')?.getBoundingClientRect() ?? item.getBoundingClientRect();
    const text = item.querySelector('.recharts-legend-item-text')?.getBoundingClientRect() ?? icon;
    return {
      text: item.textContent?.trim() ?? '',
      colour: colourOf(item.querySelector('.recharts-legend-icon')),
      x: icon.left - origin.left,
      y: icon.top + icon.height / 2 - origin.top,
      textX: text.left - origin.left,
    };
  });
}

/**
 * Draws the chart inside `container` (its main, largest SVG) as a PNG under its title and downloads it as
 * `fileName`; the picture carries its title, since it will be seen away from the page.
 */
export async function saveChartPng(container: HTMLElement, title: string, fileName: string): Promise<void> {
  // Legends' icons are small SVGs too; the chart is the biggest one.
  const svgs = [...container.querySelectorAll('svg')];
  const svg = svgs.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
  if (!svg) throw new Error('No chart to save.');
  const { text, width, height } = standaloneSvg(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw on.');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil((height + titleHeight) * scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.fillStyle = '#1f1f1f';
    context.font = `600 15px ${chartFont}`;
    context.textBaseline = 'middle';
    context.fillText(title, 12, titleHeight / 2);
    context.drawImage(image, 0, titleHeight, width, height);
    context.font = `12px ${chartFont}`;
    for (const entry of legendOf(container, svg)) {
      const y = titleHeight + entry.y;
      context.fillStyle = entry.colour;
      context.fillRect(entry.x + 2, y - 5, 10, 10);
      context.fillStyle = '#434343';
      context.fillText(entry.text, entry.textX, y);
    }
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG made.'))), 'image/png'),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(png);
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
