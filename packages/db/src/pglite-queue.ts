// pglite-socket feeds every connection's protocol messages into one PGlite session, one
// message at a time. node-postgres (and so Prisma) sends each query as a batch — Parse, Bind,
// Describe, Execute, Sync — and the stock queue lets another connection's messages land inside
// that batch, so one connection's Bind can meet another's statement: wrong rows or errors
// (seen as "event not found" in end-to-end runs). This queue gives the session to one
// connection from its first batch message to its Sync, as the stock one already does for a
// whole transaction, and keeps serving after a failed message.
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}

interface QueueInternals {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

const SYNC = 0x53; // 'S' ends an extended-protocol batch
const QUERY = 0x51; // 'Q' a simple query is a batch by itself
const BATCH = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse, Bind, Describe, Execute, Close, Flush

export function serialiseBatches(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueueInternals }).queryQueue;
  let batchOwner: number | null = null;

  queue.processQueue = async function processQueue(this: QueueInternals) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = batchOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((q) => q.handlerId === owner);
        if (index === -1) break; // the owner's next message will start the queue again
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        const type = item.message[0];
        if (type !== undefined && BATCH.has(type)) batchOwner = item.handlerId;
        if (type === SYNC || type === QUERY) batchOwner = null;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);

  const clear = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async (handlerId: number) => {
    // A connection that drops mid-batch must not keep the session.
    if (batchOwner === handlerId) batchOwner = null;
    await clear(handlerId);
    await queue.processQueue();
  };
}
