import { extractText, getDocumentProxy } from 'unpdf';

/** The text of a PDF, pages joined, as a reader (or `pdftotext`) finds it: what the document tests look for. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}
