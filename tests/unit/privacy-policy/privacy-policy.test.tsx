import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PrivacyPolicy } from '@/components/privacy-policy/PrivacyPolicy';
import { parseInline, parseMarkdown } from '@/utils/text/markdown';

/** The privacy policy page shows docs/privacy-policy.<lang>.md itself; the tests each promise names exist. */
const POLICIES = { sv: 'docs/privacy-policy.sv.md', en: 'docs/privacy-policy.en.md' } as const;
const source = (lang: keyof typeof POLICIES) => readFileSync(POLICIES[lang], 'utf8');

describe('the Markdown of the privacy policy', () => {
  it('reads headings, paragraphs with a list straight after, and inline marks', () => {
    expect(parseMarkdown('# Titel\n\nEtt stycke\npå två rader. Det visas av:\n- `a.ts` och **b**\n  fortsätter\n- *c* [d](d.md)')).toEqual([
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: 'Titel' }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Ett stycke på två rader. Det visas av:' }] },
      {
        kind: 'list',
        items: [
          [
            { kind: 'code', text: 'a.ts' },
            { kind: 'text', text: ' och ' },
            { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
            { kind: 'text', text: ' fortsätter' },
          ],
          [
            { kind: 'em', children: [{ kind: 'text', text: 'c' }] },
            { kind: 'text', text: ' ' },
            { kind: 'link', children: [{ kind: 'text', text: 'd' }], href: 'd.md' },
          ],
        ],
      },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
});

describe.each(['sv', 'en'] as const)('the privacy policy page (%s)', (lang) => {
  it('shows every heading and paragraph of the document, with no Markdown left over and no markup', () => {
    const { container } = render(<PrivacyPolicy blocks={parseMarkdown(source(lang))} />);
    const headings = source(lang).match(/^#{1,3} .*$/gm)!;
    expect([...container.querySelectorAll('h1, h2, h3')].map((h) => h.textContent)).toEqual(headings.map((h) => h.replace(/^#+ /, '')));
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.textContent).not.toMatch(/\*\*|\]\(|^- /m);
    expect(container.querySelectorAll('script, img, iframe, a')).toHaveLength(0);
  });

  it('names tests behind its promises, and each exists', () => {
    const named = [...new Set(source(lang).match(/tests\/[\w./-]+\.(?:tsx?|md)/g))];
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });
});

describe('the data-protection officer’s kit', () => {
  it.each(readdirSync('docs/dpo').filter((name) => name.endsWith('.md')))('docs/dpo/%s names only code and tests that exist', (name) => {
    const named = readFileSync(`docs/dpo/${name}`, 'utf8').match(/(?:tests|utils|components|entrypoints)\/[\w./-]+\.tsx?/g) ?? [];
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });
});
