import { useEffect, useRef, useState } from 'preact/hooks';
import type { TeachPreview, TeachTables } from '@/utils/content/teach-bridge';
import { formatNumber, t, tCount } from '@/utils/i18n';
import { draftForPage, recipeFromDraft, type RecipeDraft } from '@/utils/recipes/draft';
import type { PageRecipe } from '@/utils/recipes/types';
import { TeachAnswerError } from '@/utils/messaging/teach-protocol';
import { ColumnPicker } from './ColumnPicker';
import { TablePicker } from './TablePicker';

export interface TeachFlowProps {
  /**
   * What the page shows; undefined while asking, null when the page cannot be reached, 'not-understood'
   * when its answer did not pass the channel's schema (teach-protocol.ts) and none of it is shown.
   */
  page: TeachTables | null | 'not-understood' | undefined;
  newId(): string;
  onLook(index: number | null): void;
  onPreview(recipe: PageRecipe): Promise<TeachPreview>;
  /** Saves the recipe; answers a problem to show, or undefined when saved. */
  onSave(recipe: PageRecipe): Promise<string | undefined>;
  onClose(): void;
}

/**
 * "Lär Insyn den här sidan": choose the pupil table, say which columns mean what, see how Insyn reads
 * the page and which pupils it would flag, then save. Shows state and calls back; decides nothing.
 */
export function TeachFlow({ page, ...props }: TeachFlowProps) {
  if (page === undefined) return <p>{t('loading')}</p>;
  if (page === null) return <p role="alert">{t('teachNoPage')}</p>;
  if (page === 'not-understood') return <p role="alert">{t('teachNotUnderstood')}</p>;
  return <TeachSteps page={page} {...props} />;
}

type StepsProps = Omit<TeachFlowProps, 'page'> & { page: TeachTables };

/** The steps once the page has answered: the table, its columns, the preview, saving. */
function TeachSteps(props: StepsProps) {
  const { page, onLook, onClose } = props;
  const { chosen, choose, table, current, setDraft, termInvalid, busy, problem, preview, saved, showPreview, save } = useTeach(props);
  return (
    <main class="teach" aria-labelledby="teach-title">
      <h1 id="teach-title">{t('teachTitle')}</h1>
      <p>{t('teachIntro')}</p>
      <TablePicker tables={page.tables} chosen={chosen} onChoose={choose} onLook={onLook} />
      {table && <ColumnPicker headers={table.headers} draft={current} onChange={setDraft} termInvalid={termInvalid} />}
      {table && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void showPreview()}>
            {t('teachPreview')}
          </button>
        </div>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {preview && <PreviewResult result={preview.result} />}
      {preview?.result.status === 'applied' && !saved && (
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
            {t('teachSave')}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" data-teach-live>
        {saved}
      </p>
      <div class="actions">
        <button type="button" onClick={onClose}>
          {t('teachClose')}
        </button>
      </div>
    </main>
  );
}

/** The recipe as it is being made: the table chosen, the draft, its preview and its saving. */
function useTeach({ page, newId, onLook, onPreview, onSave }: StepsProps) {
  const [chosen, setChosen] = useState<number>();
  const [draft, setDraftState] = useState<RecipeDraft>();
  const [preview, setPreview] = useState<{ recipe: PageRecipe; result: TeachPreview }>();
  const [problem, setProblem] = useState<string>();
  const [termInvalid, setTermInvalid] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);

  const table = page.tables.find((sketch) => sketch.index === chosen);
  const current = draft ?? draftForPage(page, newId());
  const setDraft = (next: RecipeDraft) => {
    setDraftState(next);
    setPreview(undefined);
    setProblem(undefined);
  };
  const choose = (index: number) => {
    setChosen(index);
    onLook(index);
    setDraft({ ...current, columns: {} });
  };
  const showPreview = async () => {
    const built = recipeFromDraft(current);
    setTermInvalid(!built.ok && built.problem === 'term');
    if (!built.ok) return setProblem(built.problem === 'term' ? t('teachTermInvalid') : t('teachChooseColumns'));
    setBusy(true);
    try {
      setPreview({ recipe: built.recipe, result: await onPreview(built.recipe) });
      setProblem(undefined);
    } catch (error) {
      setProblem(t(error instanceof TeachAnswerError ? 'teachNotUnderstood' : 'teachNoPage'));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (!preview) return;
    setBusy(true);
    const failed = await onSave(preview.recipe).catch((error: unknown) => String(error));
    setBusy(false);
    if (failed) return setProblem(t('teachSaveFailed', { problem: failed }));
    setSaved(t('teachSaved', { name: preview.recipe.name }));
  };
  return { chosen, choose, table, current, setDraft, termInvalid, busy, problem, preview, saved, showPreview, save };
}

function PreviewResult({ result }: { result: TeachPreview }) {
  // The reading appears below the choices: take keyboard and screen-reader users there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section class="preview" aria-labelledby="teach-preview" data-teach-preview={result.status}>
      <h2 id="teach-preview" tabIndex={-1} ref={heading}>
        {t('teachStepPreview')}
      </h2>
      {result.status === 'applied' ? (
        <>
          <p>{tCount('teachPreviewSummary', result.pupils, { atRisk: formatNumber(result.atRisk.length) })}</p>
          <p data-teach-context>
            {t('teachPreviewContext', {
              group: result.context.group ?? '–',
              subject: result.context.subject ?? '–',
              term: result.context.term ?? '–',
            })}
          </p>
          {result.atRisk.length === 0 ? (
            <p>{t('teachNoRisks')}</p>
          ) : (
            <ul class="risks">
              {result.atRisk.map((risk) => (
                <li key={`${risk.pupil}|${risk.subject}`} data-teach-risk={risk.pupil}>
                  <strong>{risk.pupil}</strong> – {risk.subject}: {risk.reasons.join('; ')}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p role="alert">{t('teachPreviewStale', { missing: result.missing.join(', ') || '–' })}</p>
      )}
    </section>
  );
}
