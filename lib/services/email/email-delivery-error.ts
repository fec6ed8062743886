/** Resend refused a message (or could not be reached); the outbox row is marked `failed` first. */
export class EmailDeliveryError extends Error {
  constructor(
    readonly emailId: string,
    /** Resend's error name, e.g. `validation_error`, or `exception` when the SDK threw. */
    readonly code: string,
    message: string,
  ) {
    super(`E-mail ${emailId} was not delivered: ${message}`);
    this.name = 'EmailDeliveryError';
  }
}
