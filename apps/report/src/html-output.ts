// HTML output, imported only for `--format html` so other formats never load markdown-it.
export { markdownToHtml } from '@llm-adopt/report';
