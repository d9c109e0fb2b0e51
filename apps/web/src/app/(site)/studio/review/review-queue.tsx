"use client";
// The events in review. A decision takes the event out of the queue at once (no refetch);
// the message saying what happened stays, and focus moves to it.
import type { EventDetail } from "@rti/api";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { headRevision } from "~/components/studio/event-form/form-values";
import { ActionStatus } from "~/components/studio/event-view/action-feedback";
import { useApplyEvent } from "~/components/studio/event-view/use-apply-event";
import { useTRPC } from "~/trpc/react";
import { QueueItem } from "./queue-item";

export function ReviewQueue({ viewerId }: { viewerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const apply = useApplyEvent();
  const queueKey = trpc.event.reviewQueue.queryKey();
  const { data: queue } = useSuspenseQuery(trpc.event.reviewQueue.queryOptions());
  const [notice, setNotice] = useState<string | null>(null);

  const decided = (detail: EventDetail, message: string) => {
    apply(detail);
    queryClient.setQueryData(queueKey, (old) => old?.filter((e) => e.id !== detail.id));
    setNotice(`${message} “${headRevision(detail).title}” has left the queue.`);
  };
  const reload = () => {
    setNotice(null);
    void queryClient.invalidateQueries({ queryKey: queueKey });
  };

  return (
    <>
      <ActionStatus message={notice} takeFocus />
      {queue.length === 0 ? (
        <div className="empty">
          <p>
            <strong>Nothing waiting for review.</strong> Events appear here when editors submit them.
          </p>
        </div>
      ) : (
        <ol className="review-queue" aria-label="Events waiting for review">
          {queue.map((event) => (
            <QueueItem key={event.id} event={event} viewerId={viewerId} onDone={decided} onReload={reload} />
          ))}
        </ol>
      )}
    </>
  );
}
