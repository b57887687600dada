import { inflateSync } from 'node:zlib';

export interface PdfFacts {
  pages: number;
  /** Text-showing operators (Tj, TJ) in the page content. */
  textRuns: number;
  /** Of those, drawn in a fill colour dark enough to read on white paper (luminance below 0.5). */
  darkTextRuns: number;
}

function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    try {
      out.push(inflateSync(bytes).toString('latin1'));
    } catch {
      out.push(bytes.toString('latin1'));
    }
    // Past the whole keyword: "endstream" itself ends with "stream", which must not start the next one.
    re.lastIndex = end + 'endstream'.length;
  }
  return out;
}

/**
 * What a PDF printed by Chromium holds, read without a PDF library: its page count and how much
 * of its text would show on white paper. A "blank" print (nothing, or light text on white, as a
 * dark theme printed without its backgrounds) has no dark text runs.
 */
export function pdfFacts(pdf: Buffer): PdfFacts {
  const raw = pdf.toString('latin1');
  const pages = (raw.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  let textRuns = 0;
  let darkTextRuns = 0;
  for (const content of streams(pdf)) {
    if (!/\bBT\b/.test(content)) continue;
    let luminance = 0; // PDF's initial fill colour is black
    const tokens = content.split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const op = tokens[i];
      if (op === 'rg' || op === 'sc' || op === 'scn') {
        const [r, g, b] = tokens.slice(i - 3, i).map(Number);
        if ([r, g, b].every((x) => Number.isFinite(x))) luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      } else if (op === 'g') {
        const v = Number(tokens[i - 1]);
        if (Number.isFinite(v)) luminance = v;
      } else if (op === 'Tj' || op === 'TJ' || op.endsWith(')Tj') || op.endsWith(']TJ')) {
        textRuns += 1;
        if (luminance < 0.5) darkTextRuns += 1;
      }
    }
  }
  return { pages, textRuns, darkTextRuns };
}
