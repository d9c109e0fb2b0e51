import type { ReactNode } from "react";

/**
 * A table that may scroll sideways on a narrow screen: a named region keyboard users can focus
 * and scroll (WCAG's "scrollable region must be focusable").
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
