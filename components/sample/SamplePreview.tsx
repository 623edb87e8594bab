import { formatNumber, t } from '@/utils/i18n';

export interface SamplePreviewProps {
  /** The whole sample file; undefined while it is being made, null when the page could not be reached. */
  html: string | null | undefined;
  /** The page's address as the sample writes it. */
  address?: string;
  /** Where the saved file went, once it is saved. */
  savedAs?: string;
  onSave(): void;
  onClose(): void;
}

/**
 * The teacher's look at a page sample before it is saved: what stays, what is replaced, and the whole
 * file as text (Preact renders it as text: the sample is never markup here, and no page script sees it).
 */
export function SamplePreview({ html, address, savedAs, onSave, onClose }: SamplePreviewProps) {
  return (
    <main class="sample">
      <h1>{t('sampleTitle')}</h1>
      <p>{t('sampleIntro')}</p>
      <ul>
        <li>{t('sampleKept')}</li>
        <li>{t('sampleReplaced')}</li>
        <li>{t('sampleNothingSent')}</li>
      </ul>
      {html === undefined && (
        <p class="muted" role="status">
          {t('sampleLoading')}
        </p>
      )}
      {html === null && (
        <p class="error" role="alert">
          {t('sampleNoPage')}
        </p>
      )}
      {typeof html === 'string' && (
        <>
          <p class="check">{t('sampleCheck')}</p>
          {address && (
            <p class="muted" data-sample-address>
              {t('sampleAddress', { address })}
            </p>
          )}
          <h2 id="sample-file">{t('sampleFile', { size: formatNumber(Math.max(1, Math.ceil(new Blob([html]).size / 1024))) })}</h2>
          <pre class="file" tabIndex={0} aria-labelledby="sample-file" data-sample-file>
            {html}
          </pre>
        </>
      )}
      {savedAs && (
        <p role="status" data-sample-saved>
          {t('sampleSaved', { name: savedAs })}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={typeof html !== 'string'} onClick={onSave} data-sample-save>
          {t('sampleSave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('sampleClose')}
        </button>
      </div>
    </main>
  );
}
