// The audit log pages by id; the server prefetch and the table must agree on how.
export const auditPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
