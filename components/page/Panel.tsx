import type { ComponentType } from 'preact';
import { useRef } from 'preact/hooks';
import { isExpanded } from '@/utils/content/contact-flow';
import type { OwedFlow, OwedState } from '@/utils/content/owed-flow';
import { pupilsNeedingContact } from '@/utils/content/page-risks';
import type { PanelPlace } from '@/utils/content/panel-place';
import type { RecipeUse } from '@/utils/recipes/apply';
import { getLanguage, t } from '@/utils/i18n';
import { useUniqueId } from './focus';
import type { FormsProps } from './FormsSlot';
import { PanelBody } from './PanelBody';
import { PanelHeader } from './PanelHeader';
import { PanelSummary } from './PanelSummary';

export interface PanelProps extends FormsProps {
  /**
   * Draws the open form (PanelForms.tsx): in the content script the slot the forms script draws into
   * (FormsSlot.tsx), so the forms' code is loaded only once one opens. A component, kept the same between renders.
   */
  Forms: ComponentType<FormsProps>;
  /** The teacher's recipe that read this page, or that no longer fits it. */
  recipe?: RecipeUse;
  /** "Lär Insyn den här sidan": opens the teach window for this page. */
  onTeach?: () => void;
  /** "Spara ett anonymt sidprov": opens the sample preview for this page. */
  onSample?: () => void;
  /** Where the panel sits (utils/content/panel-place.ts): in the page's flow by default, or over it. */
  place?: PanelPlace;
  onPlace?: (place: PanelPlace) => void;
  /** What is owed on this page (utils/content/owed-flow.ts); absent, the panel shows risks only. */
  owed?: { state: OwedState; flow: OwedFlow };
}

/**
 * The in-page Insyn panel: what Insyn read on this page, the prompt, the at-risk pupils, the forms to
 * draft and log guardian contacts, and what is owed on the page. Renders the flows' state and calls
 * their actions; decides nothing.
 */
export function Panel(props: PanelProps) {
  const { state, flow, place = 'page', onPlace } = props;
  const bodyId = useUniqueId();
  const toggle = useRef<HTMLButtonElement>(null);
  const expanded = isExpanded(state);
  const waiting = pupilsNeedingContact(state.pupils);

  // In the page's flow the panel may be out of sight: the corner button opens it and scrolls to it.
  const bringIntoView = () => {
    flow.setExpanded(true);
    toggle.current?.scrollIntoView({ block: 'start' });
    toggle.current?.focus({ preventScroll: true });
  };

  return (
    <>
      <section
        class="insyn-panel"
        lang={getLanguage()}
        aria-label={t('panelTitle')}
        data-insyn-panel
        data-expanded={expanded}
        data-place={place}
      >
        <PanelHeader
          expanded={expanded}
          bodyId={bodyId}
          toggle={toggle}
          onToggle={() => flow.setExpanded(!expanded)}
          place={place}
          onPlace={onPlace}
        />
        <PanelSummary {...props} expanded={expanded} />
        <div class="sr-only" role="status" aria-live="polite" data-insyn-live>
          {state.announcement.text}
        </div>
        {expanded && <PanelBody {...props} id={bodyId} />}
      </section>
      {place === 'page' && (
        <button type="button" class="insyn-launcher" lang={getLanguage()} data-insyn-launcher onClick={bringIntoView}>
          {waiting.length > 0 ? t('panelLauncherWaiting', { count: waiting.length }) : t('panelLauncher')}
        </button>
      )}
    </>
  );
}
