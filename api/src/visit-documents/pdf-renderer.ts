import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import { type TDocumentDefinitions, type TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
// The Roboto files ship inside the pdfmake package: nothing is fetched, and every replica renders alike.
const ROBOTO = require('pdfmake/fonts/Roboto.js') as TFontDictionary;
const FONT_FOLDER = dirname(ROBOTO.Roboto!.normal as string);

pdfmake.setFonts(ROBOTO);
// A document names no image or font by address: refuse the network, and the disk outside the bundled fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(`${FONT_FOLDER}/`));

export const DOCUMENT_FONT = 'Roboto';

/** Renders a document definition to the bytes of a PDF. */
export function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf({ ...document, defaultStyle: { font: DOCUMENT_FONT, fontSize: 11, lineHeight: 1.25, ...document.defaultStyle } }).getBuffer();
}
