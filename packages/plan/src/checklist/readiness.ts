/**
 * Readiness of a phase from its items (docs/plan-file.md "Readiness"), after Google's ML Test Score:
 * an automated item that passes counts 1, a manual item marked done counts ½ (run and documented by
 * hand). Items marked not-applicable are left out.
 *   score = (automated passed × 1 + manual done × ½) / (automated × 1 + manual × ½)
 * The weakest kind is the item kind with the lowest share done (ties: technical, business,
 * operational, security, legal).
 */
import type { ChecklistItemState, ItemKind, Readiness } from '../assessment.js';

export const AUTOMATED_WEIGHT = 1;
export const MANUAL_WEIGHT = 0.5;
const KIND_ORDER: readonly ItemKind[] = ['technical', 'business', 'operational', 'security', 'legal'];

/** Done = an automated check passed, or a manual item marked done by the team. */
export function itemDone(item: ChecklistItemState): boolean {
  return item.auto ? item.auto.result === 'pass' : item.status === 'done';
}

export function readiness(items: readonly ChecklistItemState[]): Readiness {
  const counted = items.filter((i) => i.status !== 'not-applicable');
  const automated = counted.filter((i) => i.auto);
  const manual = counted.filter((i) => !i.auto);
  const automatedDone = automated.filter(itemDone).length;
  const manualDone = manual.filter(itemDone).length;
  const denominator = automated.length * AUTOMATED_WEIGHT + manual.length * MANUAL_WEIGHT;
  const score = denominator > 0 ? (automatedDone * AUTOMATED_WEIGHT + manualDone * MANUAL_WEIGHT) / denominator : 0;
  let weakestKind: ItemKind | null = null;
  let weakestShare = Number.POSITIVE_INFINITY;
  for (const kind of KIND_ORDER) {
    const ofKind = counted.filter((i) => i.kind === kind);
    if (ofKind.length === 0) continue;
    const share = ofKind.filter(itemDone).length / ofKind.length;
    if (share < weakestShare) {
      weakestShare = share;
      weakestKind = kind;
    }
  }
  return { score, automated: { done: automatedDone, total: automated.length }, manual: { done: manualDone, total: manual.length }, weakestKind };
}
