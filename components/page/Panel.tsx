import { isExpanded, type ContactFlow, type FlowState } from '@/utils/content/contact-flow';
import { pupilsNeedingContact } from '@/utils/content/page-risks';
import type { Letter } from '@/utils/content/print-letter';
import type { RecipeUse } from '@/utils/recipes/apply';
import { pupilLine, summaryLines } from '@/utils/content/status-text';
import { getLanguage, pageKindKey, t, tCount } from '@/utils/i18n';
import { DismissForm } from './DismissForm';
import { DraftForm } from './DraftForm';
import { LogForm } from './LogForm';
import { RiskList } from './RiskList';
import { RiskPrompt } from './RiskPrompt';
import { useUniqueId } from './focus';
import { useRef } from 'preact/hooks';
import type { PanelPlace } from '@/utils/content/panel-place';

export interface PanelProps {
  state: FlowState;
  flow: ContactFlow;
  copy(text: string): Promise<boolean>;
  print(letter: Letter): void;
  now(): Date;
  /** The teacher's recipe that read this page, or that no longer fits it. */
  recipe?: RecipeUse;
  /** "Lär Insyn den här sidan": opens the teach window for this page. */
  onTeach?: () => void;
  /** "Spara ett anonymt sidprov": opens the sample preview for this page. */
  onSample?: () => void;
  /** Where the panel sits (utils/content/panel-place.ts): in the page's flow by default, or over it. */
  place?: PanelPlace;
  onPlace?: (place: PanelPlace) => void;
}

/**
 * The in-page Insyn panel: what Insyn read on this page, the prompt, the at-risk pupils and the forms
 * to draft and log guardian contacts. Renders the flow's state and calls its actions; decides nothing.
 */
export function Panel({ state, flow, copy, print, now, recipe, onTeach, onSample, place = 'page', onPlace }: PanelProps) {
  const bodyId = useUniqueId();
  const toggle = useRef<HTMLButtonElement>(null);
  const expanded = isExpanded(state);
  const { analysis, pupils, form } = state;
  const waiting = pupilsNeedingContact(pupils);
  const formPupils = form ? pupils.filter((p) => form.pupilKeys.includes(p.key)) : [];
  // A page Insyn could not read is where teaching it and a sample for the maintainers help most.
  const unread = analysis?.kind === 'unknown' || state.phase === 'failed';
  const aboutPupil = analysis && pupilLine(analysis);

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
        <header>
          <h2>{t('panelTitle')}</h2>
          <button
            type="button"
            class="toggle"
            ref={toggle}
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => flow.setExpanded(!expanded)}
          >
            {expanded ? t('panelCollapse') : t('panelExpand')}
          </button>
          {onPlace && (
            <button type="button" class="quiet" data-insyn-place onClick={() => onPlace(place === 'page' ? 'float' : 'page')}>
              {place === 'page' ? t('panelPlaceFloat') : t('panelPlacePage')}
            </button>
          )}
        </header>
        <div class="summary">
          {state.phase === 'reading' && <p class="muted">{t('loading')}</p>}
          {state.phase === 'failed' && <p>{t('pageCouldNotRead')}</p>}
          {analysis && (
            <>
              <p data-insyn-kind={analysis.kind}>{t(pageKindKey(analysis.kind))}</p>
              {aboutPupil && <p data-insyn-about>{aboutPupil}</p>}
              {analysis.kind !== 'unknown' && (
                <p class="muted">
                  {tCount('countPupils', analysis.pupils.length)} · {t('countAtRisk', { count: analysis.atRisk.length })}
                </p>
              )}
            </>
          )}
          {recipe && (
            <p class={recipe.status === 'stale' ? 'warning' : 'muted'} data-insyn-recipe={recipe.status}>
              {t(recipe.status === 'applied' ? 'panelRecipeRead' : 'panelRecipeStale', { name: recipe.name })}
            </p>
          )}
          {onTeach && (expanded || unread || recipe?.status === 'stale') && (
            <button type="button" class="quiet" data-insyn-teach onClick={onTeach}>
              {t('panelTeach')}
            </button>
          )}
          {onSample && (expanded || unread) && (
            <button type="button" class="quiet" data-insyn-sample onClick={onSample}>
              {t('panelSample')}
            </button>
          )}
        </div>
        <div class="sr-only" role="status" aria-live="polite" data-insyn-live>
          {state.announcement.text}
        </div>
        {expanded && (
          <div class="body" id={bodyId}>
            {analysis &&
              summaryLines(pupils, analysis.kind).map((line) => (
                <p key={line} class="headline" data-insyn-summary>
                  {line}
                </p>
              ))}
            {pupils.length > 0 && !state.statusKnown && <p class="muted">{t('pageStatusUnavailable')}</p>}
            {waiting.length > 1 && !form && state.prompt.length === 0 && (
              <button type="button" onClick={() => flow.openForm({ kind: 'draft', pupilKeys: waiting.map((p) => p.key) })}>
                {t('pageWriteAll', { count: waiting.length })}
              </button>
            )}
            {state.prompt.length > 0 && (
              <RiskPrompt
                pupils={state.prompt}
                onWrite={(keys) => flow.openForm({ kind: 'draft', pupilKeys: keys })}
                onPostpone={(keys) => void flow.postpone(keys)}
                onDismiss={(keys) => flow.openForm({ kind: 'dismiss', pupilKeys: keys })}
                onClose={() => flow.closePrompt()}
              />
            )}
            {state.error && !form && (
              <p class="error" role="alert">
                {state.error}
              </p>
            )}
            {form?.kind === 'draft' && formPupils.length > 0 && (
              <DraftForm
                key={form.pupilKeys.join('\n')}
                pupils={formPupils}
                grades={analysis?.kind === 'grades'}
                term={analysis?.context.term}
                drafting={state.drafting}
                now={now}
                onCopy={copy}
                onPrint={print}
                onLog={flow.logContact}
                onSign={flow.saveSignature}
                announce={flow.announce}
                onClose={flow.closeForm}
              />
            )}
            {form?.kind === 'log' && formPupils.length > 0 && (
              <LogForm
                key={form.pupilKeys.join('\n')}
                pupils={formPupils}
                several={form.several}
                preset={form.preset}
                now={now}
                onSubmit={(keys, log) => flow.logContacts(keys, log)}
                onSaved={flow.closeForm}
                onClose={flow.closeForm}
              />
            )}
            {form?.kind === 'dismiss' && formPupils.length > 0 && (
              <DismissForm
                key={form.pupilKeys.join('\n')}
                pupils={formPupils}
                onSubmit={(reason) => flow.dismiss(form.pupilKeys, reason)}
                onClose={flow.closeForm}
              />
            )}
            {pupils.length > 0 && (
              <RiskList
                pupils={pupils}
                canAct={state.statusKnown}
                focus={state.focus}
                onWrite={(keys) => flow.openForm({ kind: 'draft', pupilKeys: keys })}
                onLog={(key) => flow.openForm({ kind: 'log', pupilKeys: [key] })}
                onLogSeveral={() => flow.openForm({ kind: 'log', pupilKeys: pupils.map((p) => p.key), several: true })}
                onDismiss={(keys) => flow.openForm({ kind: 'dismiss', pupilKeys: keys })}
              />
            )}
          </div>
        )}
      </section>
      {place === 'page' && (
        <button type="button" class="insyn-launcher" lang={getLanguage()} data-insyn-launcher onClick={bringIntoView}>
          {waiting.length > 0 ? t('panelLauncherWaiting', { count: waiting.length }) : t('panelLauncher')}
        </button>
      )}
    </>
  );
}
