"use client";
// An editable combobox with a list of matches (WAI-ARIA combobox pattern, list autocomplete):
// typing filters and highlights the first match, up/down move, Enter picks, Escape closes.
// Its value is the picked item's key; what was typed stays visible until something is picked.
import { useEffect, useState, type KeyboardEvent, type ReactNode } from "react";
import type { ControlProps } from "./field";

const SHOWN = 50;

export function Combobox<T>({
  control,
  items,
  value,
  onChange,
  keyOf,
  labelOf,
  search,
  isExact,
  renderOption,
  listLabel,
  noMatches,
}: {
  control: ControlProps;
  items: readonly T[];
  value: string;
  onChange: (key: string, item: T | undefined) => void;
  keyOf: (item: T) => string;
  /** What the input shows once an item is picked. */
  labelOf: (item: T) => string;
  /** Matches for a query, best first. */
  search: (items: readonly T[], query: string) => T[];
  /** Whether a query names the item outright, so leaving the field picks it. */
  isExact: (item: T, query: string) => boolean;
  renderOption: (item: T) => ReactNode;
  /** The list's accessible name; distinct from the field's label. */
  listLabel: string;
  noMatches: string;
}) {
  // null: not typing, so the input shows the picked item.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const picked = items.find((item) => keyOf(item) === value);
  const text = query ?? (picked ? labelOf(picked) : value);
  const matches = query?.trim() ? search(items, query.trim()) : items;
  // Browsing without a query starts near the picked item, so it is in the list to move from.
  const start = query === null && picked ? Math.max(0, Math.min(items.indexOf(picked) - 5, items.length - SHOWN)) : 0;
  const shown = matches.slice(start, start + SHOWN);
  const listId = `${control.id}-list`;
  const optionId = (item: T) => `${listId}-${keyOf(item)}`;
  const activeItem = open ? shown[Math.min(active, shown.length - 1)] : undefined;
  const activeId = activeItem ? optionId(activeItem) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  function pick(item: T) {
    onChange(keyOf(item), item);
    setQuery(null);
    setOpen(false);
  }

  function openList() {
    setOpen(true);
    // Start from the picked item, so up/down move from where the person is.
    setActive(query === null && picked ? Math.max(0, shown.indexOf(picked)) : 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return openList();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), shown.length - 1));
    } else if (event.key === "Enter" && activeItem) {
      event.preventDefault(); // pick, do not submit the form
      pick(activeItem);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  function onBlur() {
    setOpen(false);
    const typed = query?.trim();
    if (!typed) return;
    const exact = items.find((item) => isExact(item, typed.toLowerCase()));
    if (exact) pick(exact);
  }

  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        value={text}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange("", undefined);
        }}
        onKeyDown={onKeyDown}
        onClick={() => {
          if (!open) openList();
        }}
        onBlur={onBlur}
      />
      <div className="combobox-popup" hidden={!open}>
        <ul role="listbox" id={listId} aria-label={listLabel}>
          {shown.map((item) => (
            <li
              key={keyOf(item)}
              id={optionId(item)}
              role="option"
              aria-selected={item === activeItem}
              // Keeps focus in the input, so picking does not count as leaving the field.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(shown.indexOf(item))}
              onClick={() => pick(item)}
            >
              {renderOption(item)}
            </li>
          ))}
        </ul>
        {matches.length === 0 ? <p className="combobox-note">{noMatches}</p> : null}
        {matches.length > SHOWN ? (
          <p className="combobox-note">
            Showing {SHOWN} of {matches.length}: keep typing to narrow the list.
          </p>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && query?.trim() ? `${matches.length} ${matches.length === 1 ? "match" : "matches"}` : ""}
      </p>
    </div>
  );
}
