// The summary's printed pages' margin boxes: the running head (the scope and month, from the data) and the page
// numbers (in the catalogue's words), as an @page rule the page writes into a <style> of its own.

/** What the catalogue's page-number words get in place of the numbers, for the printer to count in. */
export const pageNumberSlots = { page: '[[page]]', pages: '[[pages]]' };

/** A CSS string literal of any text: quotes and backslashes escaped, no line breaks, no way out of the <style>. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/[\r\n\f]+/g, ' ');
  return `"${escaped}"`;
}

/** 第 [[page]] 页 / 共 [[pages]] 页 → "第 " counter(page) " 页 / 共 " counter(pages) " 页". */
export function pageNumberContent(words: string): string {
  return words
    .split(/(\[\[pages?\]\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === pageNumberSlots.page
        ? 'counter(page)'
        : part === pageNumberSlots.pages
          ? 'counter(pages)'
          : cssString(part),
    )
    .join(' ');
}

/** The summary's named page with its head and numbers; summary.css gives the boxes their size and font. */
export function summaryPageRules(header: string, pageNumberWords: string): string {
  return `@page summary {
  @top-center { content: ${cssString(header)}; }
  @bottom-center { content: ${pageNumberContent(pageNumberWords)}; }
}`;
}
