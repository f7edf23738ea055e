// CSV as Chinese offices send it: UTF-8 (with or without BOM) or GBK/GB18030, quoted per RFC 4180.
// Decoding and the delimiter are ours; the parsing is csv-parse's.
import { parse } from 'csv-parse/sync';

/** The text of a file, or null when it is neither UTF-8 nor GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    // Not UTF-8: office software on Chinese Windows saves CSV in the ANSI code page, GBK.
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Control characters other than tab, CR and LF do not occur in a table typed by people: a binary file does. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const controls = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls > 0 && controls >= Math.max(1, sample.length / 1000);
}

/** The delimiter of the first line, outside quotes: comma unless tabs or semicolons are clearly meant. */
function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * Records of a CSV text (RFC 4180: fields may be quoted, a quote inside is doubled, quoted fields may
 * hold delimiters and line breaks). Lenient where real files are sloppy: CR, LF or CRLF ends a record, a
 * stray quote inside an unquoted field is kept as text, rows may have different lengths. An empty line
 * stays a record, so records count as a spreadsheet numbers its rows.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  return parse(text, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}
