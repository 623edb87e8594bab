import type { ComponentType } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { borrowPanelForms } from '@/utils/content/page-tools';
import { getLanguage, t, type Lang } from '@/utils/i18n';
import type { PanelFormsProps } from './PanelForms';

/** The open form's props as the panel hands them on: whoever draws the forms prints the letter itself. */
export type FormsProps = Omit<PanelFormsProps, 'print'>;

/** What the panel hands the forms script each time it draws: its props and the language it shows. */
export interface ShownForms {
  props: FormsProps;
  lang: Lang;
}

/**
 * The panel's forms drawn by the forms script (entrypoints/infomentor-forms.content/, issue 20), which
 * `load` starts the first time a form opens: until it has, the slot says it is loading, and if it cannot
 * start, that the form could not open. The script draws into the slot with its own Preact, so this
 * component's children never include the form (Preact leaves nodes it did not make alone).
 */
export function formsSlot(load: () => Promise<boolean>): ComponentType<FormsProps> {
  return function FormsSlot(props: FormsProps) {
    const slot = useRef<HTMLDivElement>(null);
    const [failed, setFailed] = useState(false);
    const [, setStarted] = useState(false);
    const forms = borrowPanelForms<ShownForms>();
    // A layout effect: focus moves to the form in the same task as the click that opened it.
    useLayoutEffect(() => {
      if (forms && slot.current) forms.draw(slot.current, { props, lang: getLanguage() });
      else if (!forms) void load().then((started) => (started ? setStarted(true) : setFailed(true)));
    });
    useLayoutEffect(() => {
      const drawn = slot.current;
      return () => drawn && borrowPanelForms<ShownForms>()?.draw(drawn, undefined);
    }, []);
    return (
      <>
        <div data-insyn-forms ref={slot} />
        {!forms && (
          <p class={failed ? 'error' : 'muted'} role={failed ? 'alert' : undefined}>
            {failed ? t('panelFormsFailed') : t('loading')}
          </p>
        )}
      </>
    );
  };
}
