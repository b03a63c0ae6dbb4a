import type { ReactNode } from 'react';

/** A heading whose level follows the nesting (sections are h2; deeper lists h3–h6). */
export function Heading({ depth, id, className, children }: { depth: number; id?: string; className?: string; children: ReactNode }) {
  const level = Math.min(6, 2 + depth);
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
