export { csvText, minorToDecimal } from './csv-cells';
export { csvDownloadHeaders, csvStream, type CsvColumn } from './csv-stream';
