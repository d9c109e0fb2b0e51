// The pure index computation (methodology.md): no I/O, no framework.
export { dyadSlug, orderPair } from "./dyad";
