// Reads a PDF on stdin and prints its text as JSON, with pdf-parse (PDF.js). Run in a plain Node
// process: PDF.js loads its worker as an ES module, which Jest's module sandbox cannot import.
const { PDFParse } = require('pdf-parse');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const { text } = await parser.getText();
    process.stdout.write(JSON.stringify({ text }));
  } finally {
    await parser.destroy();
  }
});
