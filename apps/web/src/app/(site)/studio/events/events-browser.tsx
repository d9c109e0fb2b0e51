"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { filtersToSearch, hasFilters, type EventsQueryInput, type FilterErrors, type FilterValues } from "./event-filters";
import { EventsTable } from "./events-table";
import { FilterForm } from "./filter-form";

interface Props {
  values: FilterValues;
  input: EventsQueryInput;
  errors: FilterErrors;
  viewerId: string;
  canCreate: boolean;
}

/** Filters and table. Applying filters navigates, so the URL is the one source of truth. */
export function EventsBrowser({ values, input, errors, viewerId, canCreate }: Props) {
  const router = useRouter();
  const [updating, startTransition] = useTransition();
  const search = filtersToSearch(values);

  return (
    <>
      {/* Remounted when the URL changes (back button, "Clear filters"), so the fields show the URL's filters. */}
      <FilterForm
        key={search}
        values={values}
        errors={errors}
        viewerId={viewerId}
        updating={updating}
        onApply={(next) => startTransition(() => router.push(`/studio/events${filtersToSearch(next)}`))}
      />
      <EventsTable input={input} filtered={hasFilters(input)} viewerId={viewerId} canCreate={canCreate} updating={updating} />
    </>
  );
}
