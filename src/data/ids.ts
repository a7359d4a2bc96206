/**
 * The id patterns of the data contract (DESIGN.md), in a module of their own so that the
 * geometry loader, which is in the first view, can share them with the schema without zod.
 */
export const ISO3_PATTERN = /^[A-Z]{3}$/;
export const SLUG_PATTERN = /^[a-z][a-z0-9-]*$/;
