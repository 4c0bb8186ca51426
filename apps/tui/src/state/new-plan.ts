/** `My Team's Bot` → `my-team-s-bot` (the plan id pattern: a lower-case slug). */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return slug === '' ? 'adoption-plan' : slug;
}
