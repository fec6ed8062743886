/**
 * Why a catalog save was refused: a message for the whole form and, where it belongs to one
 * field, the same message beside that field (keys are the form's field names).
 */
export type CatalogSaveError = { message: string; fieldErrors: Record<string, string> };

/** One problem: the message, and beside `field` when it has one. */
export function catalogError(message: string, field?: string): CatalogSaveError {
  return { message, fieldErrors: field ? { [field]: message } : {} };
}
