import type { Assessment, Plan } from '@llm-adopt/plan';

export interface RenderOptions {
  /**
   * The plan the assessment was computed from. Optional: when given, section 2 lists the
   * requirements field by field and section 3 can show candidate notes; the Assessment alone
   * carries only the one-paragraph profile summary.
   */
  readonly plan?: Plan | null;
}

export interface SectionContext {
  readonly assessment: Assessment;
  readonly plan: Plan | null;
}

/** Section headings, in order. Tests and the HTML table of contents rely on these exact strings. */
export const SECTION_TITLES = [
  '1. Summary',
  '2. Team profile and requirements',
  '3. Recommendations',
  '4. License findings',
  '5. Compliance findings',
  '6. Sizing',
  '7. Cost',
  '8. Roadmap',
  '9. Checklist status',
  '10. Risks and open questions',
  'Sources',
] as const;
export type SectionTitle = (typeof SECTION_TITLES)[number];
