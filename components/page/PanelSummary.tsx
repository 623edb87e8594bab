import type { FlowState } from '@/utils/content/contact-flow';
import type { OwedFlow, OwedState } from '@/utils/content/owed-flow';
import { pupilLine } from '@/utils/content/status-text';
import { isoDate } from '@/utils/domain/dates';
import type { RecipeUse } from '@/utils/recipes/apply';
import { pageKindKey, t, tCount } from '@/utils/i18n';
import { DueSummary } from './DueSummary';
import { RoleQuestion } from './RoleQuestion';

export interface PanelSummaryProps {
  state: FlowState;
  expanded: boolean;
  now(): Date;
  recipe?: RecipeUse;
  onTeach?: () => void;
  onSample?: () => void;
  owed?: { state: OwedState; flow: OwedFlow };
}

/**
 * What the panel says open or closed: what Insyn read here (or, on InfoMentor's own pages with nothing
 * to read, what is due), what is owed on the page, the role question, and teaching or sampling the page.
 */
export function PanelSummary({ state, expanded, now, recipe, onTeach, onSample, owed }: PanelSummaryProps) {
  const { analysis } = state;
  const quiet = analysis?.kind === 'unknown' ? owed?.state.quiet : undefined;
  // A page Insyn could not read is where teaching it and a sample for the maintainers help most; not so
  // InfoMentor's own pages that carry no pupils.
  const unread = (analysis?.kind === 'unknown' && !quiet) || state.phase === 'failed';
  const aboutPupil = analysis && pupilLine(analysis);
  const asked = owed?.state.askRole[0];
  return (
    <div class="summary">
      {state.phase === 'reading' && <p class="muted">{t('loading')}</p>}
      {state.phase === 'failed' && <p>{t('pageCouldNotRead')}</p>}
      {analysis && (
        <>
          <p data-insyn-kind={analysis.kind}>{quiet ? t(`panelQuiet_${quiet.page}`) : t(pageKindKey(analysis.kind))}</p>
          {aboutPupil && <p data-insyn-about>{aboutPupil}</p>}
          {analysis.kind !== 'unknown' && (
            <p class="muted">
              {tCount('countPupils', analysis.pupils.length)} · {t('countAtRisk', { count: analysis.atRisk.length })}
            </p>
          )}
        </>
      )}
      {quiet && owed && <DueSummary due={quiet.due} onOpenWeek={owed.flow.openWeek} />}
      {owed && !quiet && <OwedLine state={owed.state} today={isoDate(now())} />}
      {owed?.state.error && (
        <p class="error" role="alert">
          {owed.state.error}
        </p>
      )}
      {owed && asked && (
        <RoleQuestion
          key={asked}
          group={asked}
          onAnswer={(role) => void owed.flow.answerRole(asked, role)}
          onLater={() => owed.flow.putOffRole(asked)}
        />
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
  );
}

/** The count of what is owed for the page's pupils, seen with the panel closed. */
function OwedLine({ state, today }: { state: OwedState; today: string }) {
  const open = state.items.filter((item) => item.status === 'open');
  if (state.items.length === 0) return null;
  const overdue = open.filter((item) => item.due < today).length;
  return <p data-insyn-owed-line>{open.length === 0 ? t('panelOwedNone') : t('panelOwedLine', { open: open.length, overdue })}</p>;
}
