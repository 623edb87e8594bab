import { useState } from 'preact/hooks';
import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { pageKindKey, t } from '@/utils/i18n';

export type PanelState =
  | { phase: 'reading' }
  | { phase: 'read'; analysis: PageAnalysis }
  | { phase: 'failed' };

/** The in-page Insyn panel: what Insyn read on this page. Gets data, renders text, holds no logic. */
export function Panel({ state }: { state: PanelState }) {
  const [open, setOpen] = useState(true);
  return (
    <section class="insyn-panel" aria-label={t('panelTitle')} data-insyn-panel>
      <header>
        <h2>{t('panelTitle')}</h2>
        <button type="button" class="toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('panelCollapse') : t('panelExpand')}
        </button>
      </header>
      {open && (
        <div class="body" role="status">
          <PanelBody state={state} />
        </div>
      )}
    </section>
  );
}

function PanelBody({ state }: { state: PanelState }) {
  if (state.phase === 'reading') return <p class="muted">{t('loading')}</p>;
  if (state.phase === 'failed') return <p>{t('pageCouldNotRead')}</p>;
  const { analysis } = state;
  return (
    <>
      <p data-insyn-kind={analysis.kind}>{t(pageKindKey(analysis.kind))}</p>
      {analysis.kind !== 'unknown' && (
        <p class="muted">
          {t('countPupils', { count: analysis.pupils.length })} · {t('countAtRisk', { count: analysis.atRisk.length })}
        </p>
      )}
    </>
  );
}
