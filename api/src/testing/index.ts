export { startTestApi, type TestApi } from './test-api';
export { pdfText } from './pdf-text';
