import type { ComponentChildren } from 'preact';
import type { Block, Inline } from '@/utils/text/markdown';

/** Inline Markdown as Preact nodes. Links point into the project's docs/, which the extension does not ship: their text stays, the address is shown beside it. */
function Inlines({ nodes }: { nodes: Inline[] }): ComponentChildren {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'em':
        return (
          <em key={i}>
            <Inlines nodes={node.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={i}>
            <Inlines nodes={node.children} />
          </strong>
        );
      case 'link':
        return (
          <span key={i}>
            <Inlines nodes={node.children} /> (<code>docs/{node.href}</code>)
          </span>
        );
    }
  });
}

/** The privacy policy of docs/privacy-policy.<lang>.md, as the extension's own page shows it. */
export function PrivacyPolicy({ blocks }: { blocks: Block[] }) {
  return (
    <main class="privacy-policy">
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          const Heading = `h${block.level}` as 'h1' | 'h2' | 'h3';
          return (
            <Heading key={i}>
              <Inlines nodes={block.children} />
            </Heading>
          );
        }
        if (block.kind === 'paragraph')
          return (
            <p key={i}>
              <Inlines nodes={block.children} />
            </p>
          );
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Inlines nodes={item} />
              </li>
            ))}
          </ul>
        );
      })}
    </main>
  );
}
