/** Scripts and tests parse HTML exactly as the CLI does (parse5 tree construction, linkedom DOM). */
export { parseHtmlDocument as parseDocument } from '../../src/cli/parse-html';
