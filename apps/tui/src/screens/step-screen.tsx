import type { WizardState } from '../state/wizard.js';
import { ChecklistScreen } from './checklist.js';
import { CostScreen } from './cost.js';
import { HardwareScreen } from './hardware.js';
import { LicenseScreen } from './license.js';
import { ProfileScreen } from './profile.js';
import { ReviewScreen } from './review.js';
import { ShortlistScreen } from './shortlist.js';
import { SizingScreen } from './sizing.js';

/** The screen for the current step: one switch over the state, no router. */
export function StepScreen({ state, height, width }: { readonly state: WizardState; readonly height: number; readonly width: number }) {
  switch (state.step) {
    case 'profile':
      return <ProfileScreen state={state} height={height} />;
    case 'hardware':
      return <HardwareScreen state={state} height={height} />;
    case 'shortlist':
      return <ShortlistScreen state={state} height={height} width={width} />;
    case 'sizing':
      return <SizingScreen state={state} height={height} width={width} />;
    case 'cost':
      return <CostScreen state={state} height={height} width={width} />;
    case 'license':
      return <LicenseScreen state={state} height={height} />;
    case 'checklist':
      return <ChecklistScreen state={state} height={height} width={width} />;
    case 'review':
      return <ReviewScreen state={state} />;
  }
}
