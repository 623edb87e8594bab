import type { ComponentType } from 'preact';
import type { OwedFlow, OwedState } from '@/utils/content/owed-flow';
import { pupilsNeedingContact } from '@/utils/content/page-risks';
import { summaryLines } from '@/utils/content/status-text';
import { isoDate } from '@/utils/domain/dates';
import { t } from '@/utils/i18n';
import type { FormsProps } from './FormsSlot';
import { OwedList } from './OwedList';
import { RiskList } from './RiskList';
import { RiskPrompt } from './RiskPrompt';

export interface PanelBodyProps extends FormsProps {
  id: string;
  Forms: ComponentType<FormsProps>;
  owed?: { state: OwedState; flow: OwedFlow };
}

/** The open panel: the headline, the prompt, the open form, the at-risk pupils and what is owed on the page. */
export function PanelBody(props: PanelBodyProps) {
  const { id, state, flow, owed, now, copy, Forms } = props;
  const { analysis, pupils, form } = state;
  const waiting = pupilsNeedingContact(pupils);
  const openForm = flow.openForm;
  if (state.locked) return <LockedBody id={id} pupils={pupils.length} />;
  return (
    <div class="body" id={id}>
      {analysis &&
        summaryLines(pupils, analysis.kind).map((line) => (
          <p key={line} class="headline" data-insyn-summary>
            {line}
          </p>
        ))}
      {pupils.length > 0 && !state.statusKnown && <p class="muted">{t('pageStatusUnavailable')}</p>}
      {waiting.length > 1 && !form && state.prompt.length === 0 && (
        <button type="button" onClick={() => openForm({ kind: 'draft', pupilKeys: waiting.map((p) => p.key) })}>
          {t('pageWriteAll', { count: waiting.length })}
        </button>
      )}
      {state.prompt.length > 0 && (
        <RiskPrompt
          pupils={state.prompt}
          routine={state.drafting.context?.protectedRoutine}
          onWrite={(keys) => openForm({ kind: 'draft', pupilKeys: keys })}
          onPostpone={(keys) => void flow.postpone(keys)}
          onDismiss={(keys) => openForm({ kind: 'dismiss', pupilKeys: keys })}
          onClose={() => flow.closePrompt()}
        />
      )}
      {state.error && !form && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {form && <Forms state={state} flow={flow} copy={copy} now={now} />}
      {pupils.length > 0 && (
        <RiskList
          pupils={pupils}
          canAct={state.statusKnown}
          focus={state.focus}
          routine={state.drafting.context?.protectedRoutine}
          onWrite={(keys) => openForm({ kind: 'draft', pupilKeys: keys })}
          onLog={(key) => openForm({ kind: 'log', pupilKeys: [key] })}
          onLogSeveral={() => openForm({ kind: 'log', pupilKeys: pupils.map((p) => p.key), several: true })}
          onDismiss={(keys) => openForm({ kind: 'dismiss', pupilKeys: keys })}
        />
      )}
      {owed && owed.state.items.length > 0 && (
        <OwedList items={owed.state.items} today={isoDate(now())} onConfirm={owed.flow.confirm} announce={flow.announce} />
      )}
    </div>
  );
}

/** The lock for shared computers is closed: the page's counts, and where to unlock; nothing Insyn stored. */
function LockedBody({ id, pupils }: { id: string; pupils: number }) {
  return (
    <div class="body" id={id}>
      <p class="headline" data-insyn-summary>
        {t('pageLockedCounts', { pupils })}
      </p>
      <p class="muted">{t('pageLocked')}</p>
    </div>
  );
}
