import { render } from 'preact';
import { fieldPageAddress } from '@/utils/content/field-channel';
import { printLetter } from '@/utils/content/print-letter';
import { setLanguage } from '@/utils/i18n';
import type { ShownForms } from './FormsSlot';
import { PanelForms } from './PanelForms';
import { FieldPage } from './SealedText';

// The forms' text fields are drawn in frames of Insyn's field page (SealedText.tsx); this script has its
// own Preact, so the address is provided here, where the forms are drawn.
const fieldPage = fieldPageAddress();

/**
 * The forms script's drawing (entrypoints/infomentor-forms.content/): the panel's open form, drawn into
 * the panel's slot (FormsSlot.tsx) with this script's own Preact and messages, in the panel's language;
 * the letter is printed from the panel's shadow root.
 */
export function drawForms(slot: HTMLElement, shown: ShownForms | undefined): void {
  if (!shown) return void render(null, slot);
  setLanguage(shown.lang);
  const root = slot.getRootNode();
  const print = (letter: Parameters<typeof printLetter>[1]) => root instanceof ShadowRoot && printLetter(root, letter);
  render(
    <FieldPage.Provider value={fieldPage}>
      <PanelForms {...shown.props} print={print} />
    </FieldPage.Provider>,
    slot,
  );
}
