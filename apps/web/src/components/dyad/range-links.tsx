import Link from "next/link";
import { RANGES, type RangeId } from "./range";

/** The range presets as links, so every view has its own address. */
export function RangeLinks({ current, href }: { current: RangeId | null; href: (range: RangeId) => string }) {
  return (
    <nav aria-label="Chart range" className="range-links">
      <ul>
        {RANGES.map((r) => (
          <li key={r.id}>
            <Link href={href(r.id)} aria-current={r.id === current ? "true" : undefined} scroll={false}>
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
