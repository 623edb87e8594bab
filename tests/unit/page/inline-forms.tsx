import type { ComponentType } from 'preact';
import type { FormsProps } from '@/components/page/FormsSlot';
import { PanelForms } from '@/components/page/PanelForms';
import type { Letter } from '@/utils/content/print-letter';

/**
 * The panel's forms drawn in the panel's own tree, printing with `print`. The content script draws the
 * same PanelForms from the forms script instead (tests/unit/page/forms-slot.test.tsx).
 */
export function inlineForms(print: (letter: Letter) => void = () => {}): ComponentType<FormsProps> {
  return function InlineForms(props: FormsProps) {
    return <PanelForms {...props} print={print} />;
  };
}

/** The forms for tests that never print. */
export const InlineForms = inlineForms();
