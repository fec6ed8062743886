// The part of html-to-text's API the e-mails use (the package ships no types; @react-email/render
// names these two types from it).
declare module 'html-to-text' {
  export type SelectorDefinition = { selector: string; format?: string; options?: Record<string, unknown> };
  export type HtmlToTextOptions = { wordwrap?: number | false | null; selectors?: SelectorDefinition[] };
  export function compile(options: HtmlToTextOptions): (html: string) => string;
}
