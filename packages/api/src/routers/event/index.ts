import { comment } from "./comment";
import { create } from "./create";
import { getEvent } from "./get";
import { list } from "./list";
import { myDrafts } from "./my-drafts";
import { published } from "./published";
import { retract } from "./retract";
import { review } from "./review";
import { reviewQueue } from "./review-queue";
import { submit } from "./submit";
import { update } from "./update";

export const eventRouter = { list, get: getEvent, create, update, submit, review, retract, comment, reviewQueue, myDrafts, published };
