import { deflateSync } from 'node:zlib';
import { pdfFacts } from '../support/pdf';

/**
 * The print spec's PDF reader reads every content stream (a stream that followed another was
 * skipped: "endstream" ends with "stream", which was taken for the next stream's start, so a
 * printed procedures page with its text in the second stream read as blank).
 */
describe('reading a printed PDF', () => {
  const stream = (content: string) => {
    const data = deflateSync(Buffer.from(content, 'latin1'));
    return Buffer.concat([
      Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream\nendobj\n', 'latin1'),
    ]);
  };

  it('counts the text of every stream, dark and light', () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page >>\nendobj\n2 0 obj ', 'latin1'),
      stream('0 0 0 rg\nBT\n<0033> Tj\nET'),
      Buffer.from('3 0 obj ', 'latin1'),
      stream('1 1 1 rg\nBT\n<0034> Tj\n[<0035> 5 <0036>] TJ\nET'),
      Buffer.from('4 0 obj ', 'latin1'),
      stream('.2 .2 .2 rg\nBT\n<0037> Tj\nET'),
    ]);
    expect(pdfFacts(pdf)).toEqual({ pages: 1, textRuns: 4, darkTextRuns: 2 });
  });
});
