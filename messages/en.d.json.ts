// Generated from en.json by `npm run i18n:declaration`; do not edit.

declare const messages: {
  "emails": {
    "common": {
      "greeting": "Hi {name},",
      "footerQuestions": "Questions? E-mail us at",
      "payCta": "Pay now"
    },
    "orderLines": {
      "columns": {
        "description": "Item",
        "quantity": "Qty",
        "amount": "Amount"
      },
      "total": "Total",
      "vatIncluded": "of which VAT"
    },
    "orderConfirmation": {
      "subject": "Order confirmation {order} – {shop}",
      "preview": "Thank you for your order. Here is what you ordered.",
      "heading": "Thank you for your order",
      "intro": "We have received your order {order}. Here is a summary.",
      "nextTitle": "What happens next",
      "nextSteps": "We will e-mail your invoice separately. In your account you can see your orders and invoices and manage your subscriptions at any time.",
      "accountCta": "Go to your account"
    },
    "invoice": {
      "subject": "Invoice {invoice} from {shop}",
      "heading": "Invoice {invoice}",
      "intro": "Here is your invoice."
    },
    "signIn": {
      "subject": "Your sign-in link for {shop}",
      "heading": "Sign in to {shop}",
      "body": "Click the button below to sign in. No password needed.",
      "cta": "Sign in",
      "expiry": "This link expires in {unit, select, hour {{count, plural, one {# hour} other {# hours}}} other {{count, plural, one {# minute} other {# minutes}}}} and can only be used once.",
      "fallback": "Or paste this link into your browser:",
      "ignore": "If you didn't request this e-mail, you can safely ignore it."
    },
    "confirmEmail": {
      "subject": "Confirm your e-mail address for {shop}",
      "heading": "Confirm your e-mail address",
      "body": "You created an account at {shop} with this e-mail address. Open the link and enter the password you chose to confirm it. Until then the account shows nothing.",
      "cta": "Confirm my address",
      "ignore": "Didn't create an account? Then ignore this e-mail: without your confirmation nobody can use this address at {shop}."
    },
    "passwordReset": {
      "subject": "Choose a new password for {shop}",
      "heading": "Choose a new password",
      "body": "Someone asked to reset the password of your account at {shop}. Open the link to choose a new one. Every device signed in to your account is then signed out.",
      "cta": "Choose a new password",
      "ignore": "If you didn't ask for this, ignore this e-mail: your password stays as it is."
    },
    "emailChange": {
      "subject": "Confirm your new sign-in address for {shop}",
      "heading": "Confirm your new e-mail address",
      "body": "You asked to sign in to {shop} with {email} from now on. Open the link to confirm that this address is yours.",
      "cta": "Confirm the new address",
      "ignore": "If you didn't ask for this, ignore this e-mail: nothing changes."
    },
    "accountExists": {
      "subject": "Someone tried to register with your e-mail address at {shop}",
      "heading": "You already have an account",
      "body": "Someone, perhaps you, tried to create an account at {shop} with this e-mail address. You already have one, so nothing was created or changed.",
      "signIn": "Sign in to your account",
      "reset": "Forgotten your password? Choose a new one here:",
      "ignore": "If it wasn't you, there is nothing to do: your account is safe."
    },
    "termAnnouncement": {
      "subject": "Your next term of {product} – {shop}",
      "heading": "Your subscription continues",
      "intro": "Your subscription to {product} ({plan}) continues with a new term. Here is what to expect.",
      "subscription": "Subscription",
      "period": "Period",
      "amount": "Amount (incl. VAT)",
      "invoiceOn": "We will e-mail you the invoice on {date}.",
      "autopayOn": "We will charge {amount} automatically{has_method, select, yes { to {method}} other {}} on {date}. You don't need to do anything.",
      "manage": "Want to change or stop your subscription? You can do so in your account.",
      "manageCta": "Manage your subscription"
    },
    "reminder": {
      "title": "{step, plural, =1 {Payment reminder} other {{step, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} payment reminder}}",
      "subject": "{title}: invoice {invoice} – {shop}",
      "intro": "We have not yet received payment for invoice {invoice}, which was due on {due_date}. Perhaps it slipped your mind.",
      "openAmount": "Open amount of invoice {invoice}",
      "fee": "Reminder fee",
      "totalDue": "Total to pay",
      "payBy": "Please pay {amount} by {due_date}.",
      "alreadyPaid": "Already paid? Then you can ignore this message."
    },
    "suspension": {
      "subject": "Service suspended: invoice {invoice} is unpaid – {shop}",
      "heading": "Your service has been suspended",
      "body": "We have suspended {has_subscription, select, yes {your subscription to {subscription}} other {your service}} because invoice {invoice} ({amount}) is still unpaid.",
      "restore": "As soon as we receive your payment, your service is restored automatically.",
      "cta": "Pay and restore"
    },
    "terminationWarning": {
      "subject": "Your subscription will be terminated on {date} – {shop}",
      "heading": "Final notice before termination",
      "body": "Invoice {invoice} ({amount}) is still unpaid. {has_subscription, select, yes {Your subscription to {subscription}} other {Your subscription}} will be terminated on {date} unless we receive your payment before then.",
      "avoid": "Pay now to keep your subscription."
    },
    "termination": {
      "subject": "Your subscription to {subscription} has been terminated – {shop}",
      "heading": "Your subscription has been terminated",
      "body": "Because of unpaid invoices, we terminated your subscription to {subscription} on {date}.",
      "columns": {
        "invoice": "Invoice",
        "open": "Amount open"
      },
      "totalOwed": "Total owed",
      "owed": "Amount still owed: {amount}. Please pay it even though the subscription has ended.",
      "nothingOwed": "There is nothing left to pay.",
      "welcomeBack": "You are welcome to subscribe again at any time."
    },
    "paymentFailed": {
      "subject": "Payment failed for invoice {invoice} – {shop}",
      "heading": "Your automatic payment failed",
      "body": "We could not charge {amount} for invoice {invoice}{has_method, select, yes { to {method}} other {}}.",
      "reason": "Reason: {reason}",
      "retry": "You don't need to do anything: we will try again on {date}. Please make sure there are sufficient funds.",
      "permanent": "We cannot retry with this payment method. Please update your payment method so that we can collect future payments, and pay this invoice directly.",
      "updateCta": "Update payment method"
    },
    "paymentReceived": {
      "subject": "Payment received for invoice {invoice} – {shop}",
      "heading": "Thank you for your payment",
      "body": "We received {amount} for invoice {invoice} on {date}.",
      "received": "Received",
      "credited": "Kept as credit",
      "stillOpen": "Still to pay",
      "paidInFull": "The invoice is now paid in full.",
      "partly": "The invoice is not paid in full yet: {amount} is still open.",
      "creditNote": "You paid {amount} more than the invoice asked. We have kept it as credit on your account; let us know if you would rather have it back.",
      "viewCta": "View the invoice"
    },
    "merchantNewOrder": {
      "subject": "New order {order} from {customer} – {shop}",
      "heading": "New order {order}",
      "intro": "{customer} has placed order {order}.",
      "customer": "Customer",
      "email": "E-mail",
      "invoiceAttached": "Invoice {invoice} is attached as a PDF.",
      "noInvoice": "The invoice has not been issued yet.",
      "dashboardCta": "Open the dashboard"
    },
    "cardExpiring": {
      "subject": "Your card {card} expires soon – {shop}",
      "heading": "Your card expires soon",
      "body": "Your card {card} expires at the end of {expiry}.{autopay, select, yes { We charge your automatic payments to this card.} other {}}",
      "action": "Please add a new card or another payment method in time, so that your next payments go through.",
      "updateCta": "Update payment method"
    },
    "payLink": {
      "subject": "A new link to pay invoice {invoice} – {shop}",
      "heading": "Your new payment link",
      "body": "You asked for a new link to pay invoice {invoice}. {amount} is still open.",
      "validUntil": "This link works until {date}.",
      "notYou": "Did not ask for this? You can ignore this message: the link only lets someone pay this invoice."
    },
    "autopayMethodSaved": {
      "subject": "Your payment method for future invoices has changed – {shop}",
      "heading": "New payment method for your next invoices",
      "body": "When invoice {invoice} was paid, the payer chose to use {method} for future payments. From now on, your next invoices are charged to it automatically.",
      "notYou": "Was this not you, or do you prefer another method? Change it on Min Side, or reply to this e-mail.",
      "cta": "Manage your account"
    },
    "subscriptionStop": {
      "subjectScheduled": "Your subscription to {subscription} stops on {date} – {shop}",
      "subjectUndone": "Your subscription to {subscription} continues – {shop}",
      "headingScheduled": "Your subscription will stop",
      "headingUndone": "Your subscription continues",
      "bodyScheduled": "As you asked, your subscription to {subscription} stops at the end of its current term, on {date}. You will not be billed again for it. Until then everything stays as it is.",
      "undoHint": "Changed your mind? You can undo the stop on Min Side until {date}.",
      "bodyUndone": "You undid the stop of your subscription to {subscription}. It continues and renews as before."
    },
    "subscriptionPause": {
      "subjectPaused": "Your subscription to {subscription} pauses on {start} – {shop}",
      "subjectResumed": "Your subscription to {subscription} continues – {shop}",
      "subjectDiscount": "A discount on your subscription to {subscription} – {shop}",
      "headingPaused": "Your subscription will pause",
      "headingResumed": "Your subscription continues",
      "headingDiscount": "Thank you for staying",
      "bodyPausedUntil": "As you asked, your subscription to {subscription} pauses at the end of its current term, on {start}, until {end}. You are not billed while it is paused; your next term starts on {end}.",
      "bodyPausedOpen": "As you asked, your subscription to {subscription} pauses at the end of its current term, on {start}, until you resume it. You are not billed while it is paused.",
      "resumeHint": "You can resume it on Min Side at any time.",
      "bodyResumed": "Your subscription to {subscription} is running again. Its next term starts on {date} and it renews as before from then on.",
      "bodyDiscount": "Your subscription to {subscription} continues with {discount} {duration}."
    }
  },
  "documents": {
    "billedTo": "Billed to",
    "invoiceNumber": "Invoice number",
    "issueDate": "Invoice date",
    "dueDate": "Due date",
    "paymentReference": "Payment reference",
    "vatId": "VAT {vat_id}",
    "organisationNumber": "Org. no. {number}",
    "bankIban": "{has_bic, select, yes {IBAN {iban} · BIC {bic}} other {IBAN {iban}}}",
    "bankAccount": "Bank account {account}",
    "columns": {
      "description": "Description",
      "quantity": "Qty",
      "unitPrice": "Unit price",
      "vat": "VAT",
      "amount": "Amount"
    },
    "period": "Period: {start} – {end}",
    "subtotal": "Subtotal (excl. VAT)",
    "vatAt": "VAT {rate}",
    "total": "Total (incl. VAT)",
    "amountPaid": "Paid",
    "amountCredited": "Credited",
    "amountDue": "Amount due",
    "paid": "Paid on {date}. Thank you!",
    "due": "{has_due_date, select, yes {Amount due: {amount}, to be paid by {due_date}.} other {Amount due: {amount}.}}",
    "vatSummary": "VAT summary",
    "vatColumns": {
      "rate": "Rate",
      "net": "Net",
      "vat": "VAT",
      "gross": "Gross"
    },
    "page": "Page {page} of {pages}"
  },
  "pdf": {
    "invoice": {
      "title": "Invoice",
      "paidStamp": "PAID",
      "voidStamp": "VOID"
    },
    "creditNote": {
      "title": "Credit note",
      "number": "Credit note number",
      "date": "Credit note date",
      "invoice": "Credits invoice",
      "reason": "Reason: {reason}",
      "disposition": "{disposition, select, refund {The amount is refunded to the payment method you paid with.} balance {The amount is added to your credit balance and used on your next invoice.} reduce_open {The amount is deducted from what invoice {invoice} still owes.} other {}}"
    }
  },
  "portal": {
    "paymentMethods": {
      "title": "Payment methods",
      "back": "← Min Side",
      "intro": "The payment methods we may charge automatically for your subscriptions. Automatic payments use the one marked.",
      "empty": "You have no saved payment method: you pay each invoice yourself.",
      "autopay": "Used for automatic payments",
      "expires": "Expires {expiry}",
      "expired": "Expired {expiry}",
      "setDefault": "Use for automatic payments",
      "remove": "Remove",
      "switchToInvoice": "This is your only payment method: remove it and pay future invoices by bank transfer",
      "addHeading": "Add a payment method",
      "addIntro": "You go to our payment provider to save it. Nothing is charged (a card may be verified with a zero or very small amount). The new method is then used for automatic payments.",
      "method": "Method",
      "addButton": "Continue to the payment provider",
      "methodNames": {
        "card": "Card",
        "sepa_debit": "SEPA direct debit",
        "ideal": "SEPA direct debit, confirmed with iDEAL",
        "bancontact": "SEPA direct debit, confirmed with Bancontact",
        "paypal": "PayPal"
      },
      "returned": {
        "completed": "Your payment method was saved and is now used for automatic payments.",
        "open": "Your payment provider is still confirming the payment method. Reload this page in a moment.",
        "failed": "The payment method was not saved. You can try again.",
        "canceled": "You canceled adding a payment method."
      },
      "defaultChanged": "Automatic payments now use this method.",
      "removed": "The payment method was removed.",
      "removedToInvoice": "The payment method was removed. You will pay future invoices by bank transfer.",
      "payHeading": "Pay the open invoice",
      "payBody": "The automatic payment of invoice {invoice} failed. Pay the open amount of {amount} now with {method}?",
      "payButton": "Pay {amount} now",
      "payNeedsMethod": "The automatic payment of invoice {invoice} ({amount}) failed. Add a new payment method below; you can then pay the invoice with it.",
      "paid": "Thank you: the invoice is paid.",
      "payPending": "Your payment is being processed.",
      "payFailed": "The payment did not go through{has_reason, select, yes {: {reason}} other {}}. Please try another payment method.",
      "errors": {
        "not_found": "That payment method, invoice or setup does not exist.",
        "method_not_offered": "That payment method cannot be saved here.",
        "last_method": "Automatic payment needs a payment method: add another one before removing this one, or switch to paying by invoice.",
        "invoice_not_allowed": "This shop collects payments automatically: add another payment method before removing this one.",
        "nothing_to_pay": "This invoice has nothing left to pay.",
        "amount_changed": "The amount to pay has changed. Please check it and confirm again.",
        "no_method": "Add a payment method first.",
        "charge_in_progress": "A payment for this invoice is already being processed.",
        "provider_unavailable": "The payment provider cannot be reached right now. Please try again in a few minutes."
      }
    },
    "pastDueBanner": {
      "text": "An automatic payment failed and an invoice is still open.",
      "cta": "Update payment method"
    },
    "subscriptionStop": {
      "stopButton": "Stop at the end of the term",
      "stopHeading": "Stop this subscription",
      "stopIntro": "It stops at the end of the current term, on {date}. You are not billed again; until then nothing changes.",
      "reasonLabel": "Why are you stopping?",
      "noteLabel": "Anything you want to tell us (optional)",
      "confirmStop": "Stop on {date}",
      "stopsOn": "Stops on {date}",
      "undoButton": "Undo the stop",
      "inCommitment": "Commitment until {date}: you can stop from then on.",
      "stopped": "Your subscription stops on {date}. We sent you a confirmation by e-mail.",
      "undone": "The stop is undone: your subscription continues. We sent you a confirmation by e-mail.",
      "reasons": {
        "too_expensive": "It is too expensive",
        "not_using": "I do not use it enough",
        "missing_features": "Something I need is missing",
        "switching": "I am switching to something else",
        "temporary": "Only for a while",
        "other": "Another reason"
      },
      "errors": {
        "not_found": "That subscription does not exist.",
        "not_allowed": "This subscription cannot be stopped here. Please contact the shop.",
        "not_running": "This subscription is not running, so there is nothing to stop.",
        "already_scheduled": "This subscription is already scheduled to stop.",
        "in_commitment": "This subscription has a commitment until {date}. You can stop it at the end of a term from then on.",
        "next_term_invoiced": "The next term is already invoiced. You can stop at the end of that term once it has started on {date}.",
        "not_scheduled": "This subscription is not scheduled to stop."
      }
    },
    "subscriptionPause": {
      "pauseOpen": "Pause instead",
      "pauseHeading": "Pause this subscription",
      "pauseIntro": "The pause starts at the end of the current term, on {date}, so you keep what you paid for. You are not billed while it is paused.",
      "termsLabel": "How long?",
      "termsOption": "{count, plural, one {# term} other {# terms}}",
      "untilResumed": "Until I resume it",
      "confirmPause": "Pause from {date}",
      "pausedUntil": "Paused until {date}",
      "pausedOpen": "Paused until you resume it",
      "pausesOn": "Pauses on {date}",
      "resumeButton": "Resume now",
      "cancelPauseButton": "Cancel the pause",
      "paused": "Your subscription pauses on {date}. We sent you a confirmation by e-mail.",
      "resumed": "Your subscription continues: the next term starts on {date}. We sent you a confirmation by e-mail.",
      "offerHeading": "Before you go",
      "offerPause": "You can also pause instead of stopping, and come back when it suits you.",
      "offerCoupon": "Or stay, with {discount} {duration}.",
      "acceptCoupon": "Stay with the discount",
      "couponAccepted": "Thank you for staying: the discount is on your next invoices. We sent you a confirmation by e-mail.",
      "discountPercent": "{percent}% off",
      "discountAmount": "{amount} off",
      "durationOnce": "on your next invoice",
      "durationRepeating": "{count, plural, one {on your next invoice} other {on your next # invoices}}",
      "durationForever": "on every invoice",
      "errors": {
        "not_found": "That subscription does not exist.",
        "not_allowed": "This subscription cannot be paused here. Please contact the shop.",
        "not_running": "Only an active subscription can be paused.",
        "past_due": "This subscription has an unpaid invoice. Please pay it first; then you can pause.",
        "already_paused": "This subscription is already paused or about to pause.",
        "stopping": "This subscription is about to stop. Undo the stop first if you would rather pause.",
        "bad_terms": "Choose a pause of 1 to {max} terms, or until you resume it.",
        "next_term_invoiced": "The next term is already invoiced. You can pause at the end of that term once it has started on {date}.",
        "not_paused": "This subscription is not paused.",
        "no_offer": "This offer is not available for this subscription any more."
      }
    }
  }
};
export default messages;
