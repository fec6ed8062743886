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
      "intro": "Here is your invoice.",
      "bankTransfer": "Pay by bank transfer to {account} with the payment reference {reference}."
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
      "bodyUndone": "You undid the stop of your subscription to {subscription}. It continues and renews as before.",
      "subjectEnded": "Your subscription to {subscription} has stopped – {shop}",
      "headingEnded": "Your subscription has stopped",
      "bodyEnded": "As you asked, your subscription to {subscription} stopped at once, on {date}. You will not be billed again for it.",
      "creditNote": "Credit note {number}: {amount} back for the part you did not use.",
      "feeInvoice": "Invoice {number}: {amount}, the early-exit fee for leaving before the end of your commitment."
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
    },
    "subscriptionChanged": {
      "subject": {
        "applied": "Your subscription is now {to} – {shop}",
        "scheduled": "Your subscription changes to {to} – {shop}",
        "canceled": "Your scheduled change to {to} is canceled – {shop}"
      },
      "heading": {
        "applied": "Your subscription is changed",
        "scheduled": "Your change is scheduled",
        "canceled": "Your scheduled change is canceled"
      },
      "body": {
        "applied": "As you asked, your subscription is now {toQuantity} × {to} (was {fromQuantity} × {from}), from today. Each term now costs {amount}.",
        "scheduled": "As you asked, your subscription changes to {toQuantity} × {to} (now {fromQuantity} × {from}) with your next term, on {date}. From then each term costs {amount}. Until then nothing changes.",
        "canceled": "You canceled the change to {toQuantity} × {to}. Your subscription stays {fromQuantity} × {from} and renews as before."
      },
      "proration": "For the rest of this term you pay the difference, {amount}, on a separate invoice."
    },
    "webhookEndpointDisabled": {
      "subject": "Webhooks to {url} are switched off – {shop}",
      "heading": "A webhook endpoint was switched off",
      "body": "Every delivery to {url} has failed for {days} days, so we stopped sending to it.",
      "lastError": "The last attempt: {error}",
      "action": "Fix the receiver, then switch the endpoint on again in the dashboard and replay the deliveries you need from its log.",
      "cta": "Open the webhooks"
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
    },
    "account": {
      "title": "Min Side",
      "security": "Password and sign-in",
      "subscriptions": "Subscriptions",
      "noSubscriptions": "No subscriptions yet. <link>Visit the shop</link>.",
      "columns": {
        "subscription": "Subscription",
        "status": "Status",
        "price": "Price",
        "nextTerm": "Next term",
        "number": "Number",
        "date": "Date",
        "total": "Total"
      },
      "commitmentUntil": "Commitment until {date}",
      "trialEnds": "Trial ends {date}",
      "invoices": "Invoices",
      "noInvoices": "No invoices yet.",
      "yourData": "Your data",
      "dataIntro": "Everything we hold about you (your details, subscriptions, orders, invoices, payments, credit notes and the e-mails we sent you) as one file.",
      "dataDownload": "Download my data (JSON)",
      "back": "← Min Side"
    },
    "creditNotes": {
      "title": "Credit notes",
      "refund": "Refunded to your payment method",
      "balance": "Added to your credit balance",
      "reduce_open": "Deducted from the invoice"
    },
    "invoice": {
      "pageTitle": "Invoice",
      "toPay": "To pay: {amount}",
      "bankTransfer": "Paying by bank transfer? Use the payment reference {reference}."
    },
    "confirmAddress": {
      "title": "Confirm your e-mail address",
      "body": "We sent a link to <strong>{email}</strong>. Open it and enter your password to confirm that the address is yours. Until then your account shows nothing and you cannot order with it.",
      "resend": "Send me a new link"
    },
    "planChange": {
      "link": "Change plan or quantity",
      "heading": "Change your subscription",
      "intro": "Choose a plan and how many. An upgrade starts today and you pay only the difference for the rest of this term. A smaller plan or another interval starts with your next term, on {date}.",
      "current": "Now: {quantity} × {plan}, {amount} per term",
      "planLabel": "Plan",
      "quantityLabel": "Quantity",
      "previewButton": "Show what it costs",
      "previewNow": "Starts today. For the rest of this term ({days} of {daysInPeriod} days):",
      "previewRenewal": "Starts with your next term, on {date}. From then each term costs {amount}. Nothing to pay now.",
      "lineColumn": "Description",
      "amountColumn": "Amount",
      "total": "To pay now",
      "nothingToPay": "Starts today. Nothing to pay for the rest of this term.",
      "confirmNow": "Change now and pay {amount}",
      "confirmFree": "Change now",
      "confirmRenewal": "Change on {date}",
      "scheduled": "Changes to {quantity} × {plan} on {date}",
      "cancelScheduled": "Cancel the change",
      "applied": "Your subscription is now {quantity} × {plan}. {has_amount, select, yes {The difference, {amount}, is on a new invoice.} other {}} We sent you a confirmation by e-mail.",
      "scheduledDone": "Your subscription changes to {quantity} × {plan} on {date}. We sent you a confirmation by e-mail.",
      "canceledDone": "The scheduled change is canceled. We sent you a confirmation by e-mail.",
      "unavailable": "This subscription cannot be changed here. Please contact the shop.",
      "back": "Back to Min Side",
      "errors": {
        "not_allowed": "This subscription cannot be changed here. Please contact the shop.",
        "not_running": "This subscription is not running, so it cannot be changed.",
        "stop_scheduled": "This subscription is scheduled to stop. Undo the stop first to change it.",
        "bad_quantity": "The quantity must be a whole number from 1 to {max}.",
        "no_change": "That is the plan and quantity you already have.",
        "other_product": "That plan is for another product.",
        "other_currency": "That plan is in another currency than your subscription.",
        "past_due": "An invoice of this subscription is overdue. Pay it first, then upgrade.",
        "next_term_invoiced": "Your next term is already invoiced. You can change it after it starts on {date}.",
        "plan_not_offered": "That plan cannot be chosen for this subscription.",
        "preview_changed": "The amount changed since you saw it. Look at the new amount and confirm again.",
        "nothing_scheduled": "No change is scheduled for this subscription."
      }
    },
    "subscriptionStopNow": {
      "openButton": "Stop at once",
      "intro": "It stops today. The unused part of what you paid comes back as a credit note.",
      "previewButton": "Show what I get back",
      "creditTerm": "Unused {days} of {daysInPeriod} days, invoice {number}",
      "creditUpgrade": "Unused {days} of {daysInPeriod} days of your upgrade, invoice {number}",
      "creditAhead": "Next term paid in advance, invoice {number}",
      "creditTotal": "Credited to you",
      "feeLine": "Early exit fee (commitment until {date}), invoiced separately",
      "noCredit": "Nothing of the current term is left to credit.",
      "lineColumn": "What",
      "amountColumn": "Amount",
      "reasonLabel": "Why are you stopping?",
      "confirm": "Stop now",
      "confirmWithFee": "Stop now and pay the {fee} fee",
      "done": "Your subscription has stopped. {credit} is credited to you: see your credit notes below.",
      "doneWithFee": "Your subscription has stopped. {credit} is credited to you, and the early exit fee of {fee} is invoiced.",
      "errors": {
        "not_allowed": "This subscription cannot be stopped at once here. Please contact the shop.",
        "not_running": "This subscription is not running, so there is nothing to stop.",
        "in_commitment": "This subscription has a commitment until {date}, so it cannot be stopped at once.",
        "preview_changed": "The amounts have changed since you saw them. Show them again before you confirm."
      }
    }
  },
  "customerDetails": {
    "title": "Your details",
    "back": "← Min Side",
    "link": "Your details",
    "intro": "Your invoices are issued to these details. Invoices already issued keep the details they were issued with.",
    "personalHeading": "Name and invoice address",
    "businessHeading": "Private person or business",
    "accountHeading": "E-mail and sign-in",
    "name": "Full name",
    "addressLine1": "Street and number",
    "addressLine2": "Address line 2 (optional)",
    "postalCode": "Postal code",
    "city": "City",
    "country": "Country",
    "phone": "Phone (optional)",
    "language": "Language of e-mails, invoices and Min Side",
    "customerType": "I buy as",
    "consumer": "A private person",
    "business": "A business",
    "companyName": "Company name",
    "vatId": "VAT id (optional, with country code, e.g. NL123456789B01)",
    "organisationNumber": "Organisation number (optional)",
    "peppolScheme": "Peppol scheme (optional, e.g. 0192)",
    "peppolId": "Peppol id (optional)",
    "peppolHelp": "Your e-invoicing address in the Peppol network, if your business receives EHF / Peppol invoices.",
    "wantsEinvoice": "Attach an e-invoice (EHF / Peppol XML) to my invoice e-mails",
    "signInByLinkOnly": "Sign in only with links e-mailed to me",
    "signInByLinkOnlyHelp": "Your password, if you have one, is then refused at sign-in.",
    "save": "Save details",
    "saved": "Your details were saved. Your next invoices are issued to them.",
    "currentEmail": "You sign in and receive your invoices at {email}.",
    "newEmail": "New e-mail address",
    "currentPassword": "Current password",
    "noPassword": "You sign in with e-mailed links, so no password is needed.",
    "sendLink": "Send the confirmation link",
    "emailSent": "We sent a link to {email}. Your address changes when you open it there.",
    "passwordLink": "Change your password, or sign out everywhere",
    "businessIntro": "Buying for a business? Add its details for the invoice."
  },
  "site": {
    "nav": "Main",
    "shop": "Shop",
    "cart": "Cart",
    "account": "Min Side",
    "dashboard": "Dashboard",
    "signIn": "Sign in",
    "signOut": "Sign out",
    "language": "Language",
    "languageSubmit": "Change language"
  },
  "statuses": {
    "label": "{status, select, trialing {trialing} active {active} past_due {past due} suspended {suspended} canceled {canceled} draft {draft} open {open} paid {paid} void {void} uncollectible {uncollectible} pending {pending} failed {failed} charged_back {charged back} paused {paused} ended {ended} refunded {refunded} queued {queued} stored {stored} sent {sent} other {{status}}}"
  },
  "shop": {
    "front": {
      "title": "Shop",
      "from": "from {price}",
      "choosePlan": "Choose a plan",
      "view": "View"
    },
    "product": {
      "choose": "Choose how often you pay",
      "quantity": "Quantity",
      "addToCart": "Add to cart",
      "trial": "{days}-day free trial",
      "setupFee": "one-time setup fee {amount}",
      "commitment": "{months}-month commitment",
      "instalments": "{count} payments in total",
      "plan": "{plan}: {price}",
      "chooseVariant": "Choose a version and how often you pay",
      "saving": "save {percent}% vs paying {every}"
    },
    "price": {
      "every": "{unit, select, day {{count, plural, one {every day} other {every # days}}} week {{count, plural, one {every week} other {every # weeks}}} month {{count, plural, one {every month} other {every # months}}} year {{count, plural, one {every year} other {every # years}}} other {every {count} {unit}}}",
      "plain": "{price} {every}",
      "offer": "{offer} {every} {terms, plural, one {for the first payment} other {for the first # payments}}, then {price} {every}"
    },
    "cart": {
      "title": "Your cart",
      "empty": "Your cart is empty",
      "backToShop": "Back to the shop",
      "continueShopping": "Continue shopping",
      "checkout": "Checkout",
      "quantity": "Quantity",
      "update": "Update",
      "remove": "Remove",
      "couponApplied": "Coupon {code} applied.",
      "removeCoupon": "Remove code",
      "couponCode": "Coupon code",
      "applyCoupon": "Apply"
    },
    "lines": {
      "item": "Item",
      "quantity": "Qty",
      "amount": "Amount",
      "vat": "Includes VAT {rate}",
      "total": "Total to pay now"
    },
    "steps": {
      "label": "Checkout steps",
      "cart": "Cart",
      "account": "Account",
      "payment": "Payment",
      "summary": "Summary",
      "pay": "Pay"
    },
    "checkout": {
      "title": "Checkout",
      "staff": "You are signed in as staff ({email}). Sign out and use a customer account to order.",
      "haveAccount": "I have an account",
      "newHere": "I am new here"
    },
    "details": {
      "title": "Shipping and payment",
      "pageTitle": "Payment method",
      "shipping": "Shipping",
      "shippingOption": "{name} ({price})",
      "paymentMethod": "Payment method",
      "continue": "Continue to summary",
      "vatTitle": "VAT on your order",
      "vatIntro": "As it will be charged for your invoice address and details above (it changes when you change them).",
      "vatNone": "No VAT is charged on this order: {reason}",
      "reverseCharge": "reverse charge, you account for the VAT in your country.",
      "export": "the supply is outside the scope of EU VAT (export)."
    },
    "methods": {
      "card": "Credit or debit card",
      "ideal": "iDEAL",
      "bancontact": "Bancontact",
      "paypal": "PayPal",
      "sepa_debit": "SEPA direct debit",
      "bank_transfer": "Bank transfer (pay by invoice)"
    },
    "summary": {
      "pageTitle": "Summary",
      "title": "Check your order",
      "invoiceAddress": "Invoice address",
      "payment": "Payment",
      "shipping": "Shipping",
      "change": "Change",
      "pay": "Pay",
      "creditRefused": "Payment by invoice is not available for this order. Choose another payment method and place the order again.",
      "placeOrder": "Place order"
    },
    "thankYou": {
      "pageTitle": "Thank you",
      "title": "Thank you!",
      "body": "Thank you for your order! We received: {order}. Your invoice is waiting on your account page.",
      "invoicePaid": "Invoice <strong>{invoice}</strong> is paid.",
      "toAccount": "Go to Min Side",
      "invoiceSent": "Invoice <strong>{invoice}</strong> has been e-mailed to you.",
      "howToPay": "How to pay",
      "transferIntro": "Transfer the amount to our bank account with the payment reference, so we can match your payment.",
      "amount": "Amount",
      "account": "Account",
      "reference": "Payment reference",
      "dueDate": "Due date",
      "accessNow": "Your subscription is active now.",
      "accessOnPayment": "Your subscription starts as soon as your payment has arrived."
    },
    "failed": {
      "pageTitle": "Payment not completed",
      "title": "Your payment did not go through",
      "pending": "We have not heard from the payment provider yet.",
      "notCompleted": "The payment was not completed.",
      "saved": "Your order is saved and nothing has been charged or activated. You can try again.",
      "retry": "Try again",
      "backToCart": "Back to the cart"
    },
    "payLink": {
      "pageTitle": "Pay your invoice",
      "limited": "Too many requests from your connection. Please try again later.",
      "expiredTitle": "This payment link has expired",
      "expiredBody": "The link to pay invoice <strong>{invoice}</strong> worked until {date}. For your safety, payment links only work for a limited time.",
      "newLinkOffer": "We can e-mail you a new link, to the address we have on file for your account.",
      "orSignIn": "Or <link>sign in to Min Side</link> to pay it there.",
      "invoice": "Invoice",
      "totalDue": "Total {total}, due {date}.",
      "toPay": "To pay: {amount}",
      "orTransfer": "Or transfer it with the payment reference <strong>{reference}</strong>.",
      "nothingOwed": "Nothing is owed on this invoice.",
      "closed": "This invoice can no longer be paid here: there is nothing to pay on it.",
      "requestLink": "E-mail me a new link"
    },
    "paymentResult": {
      "paid": "Thank you: your payment was received.",
      "failed": "The payment did not go through. You can try again.",
      "pending": "Your payment is being processed."
    },
    "payForm": {
      "payWith": "Pay with",
      "saveMethod": "Use this payment method for future payments (your next invoices are charged to it automatically; you can change it at any time)",
      "savesMethod": "Paying here also saves this method for your next invoices (you can change it at any time).",
      "payNow": "Pay now"
    },
    "sepa": {
      "pageTitle": "Pay by direct debit",
      "title": "Pay by SEPA direct debit",
      "intro": "{amount} will be debited from your account now, and each renewal after that, until you stop the subscription.",
      "accountHolder": "Account holder",
      "iban": "IBAN",
      "ibanHint": "The account number on your bank card or statement, starting with the country code, e.g. NL91 ABNA 0417 1643 00.",
      "mandateTitle": "SEPA direct debit mandate",
      "creditor": "Creditor: {creditor}",
      "mandateText": "By confirming this mandate, you authorise {creditor} to send instructions to your bank to debit your account, and your bank to debit your account in accordance with those instructions. You are entitled to a refund from your bank under the terms and conditions of your agreement with it. A refund must be claimed within 8 weeks starting from the date on which your account was debited.",
      "consent": "I give {creditor} this mandate for my account.",
      "confirm": "Confirm the mandate and pay {amount}",
      "pending": "Thank you: your mandate is recorded and {amount} is being debited from your account. Your bank settles a direct debit within a few working days; we e-mail you when the payment is complete.",
      "errors": {
        "order": "This order cannot be paid here. Start again from the cart.",
        "holder": "Enter the account holder’s name as your bank knows it.",
        "ibanFormat": "Enter an IBAN: two letters for the country, two check digits, then the account number.",
        "ibanNotSepa": "This IBAN is from a country outside the SEPA area: a direct debit cannot reach it. Choose another payment method.",
        "ibanLength": "This IBAN has too many or too few characters for its country. Check it against your bank card or statement.",
        "ibanChecksum": "This IBAN’s check digits do not match: a character is probably mistyped. Check it against your bank card or statement.",
        "consent": "Tick the box to give the mandate, or go back and choose another payment method."
      }
    }
  },
  "auth": {
    "signIn": {
      "title": "Sign in",
      "linkError": "That sign-in link is invalid or has expired. Ask for a new one below.",
      "notices": {
        "reset": "Your password was changed and every device was signed out. Sign in with your new password.",
        "emailChanged": "Your sign-in address was changed and every device was signed out. Sign in with your new address.",
        "signedOut": "You were signed out on every device."
      },
      "forgot": "Forgot your password?"
    },
    "signInForm": {
      "email": "E-mail",
      "password": "Password",
      "submit": "Sign in",
      "orLink": "Or get a sign-in link by e-mail:",
      "linkEmail": "E-mail for a sign-in link",
      "sendLink": "E-mail me a link"
    },
    "register": {
      "name": "Full name",
      "email": "E-mail",
      "companyName": "Company (optional)",
      "vatId": "VAT id (optional)",
      "addressLine1": "Street and number",
      "addressLine2": "Address line 2 (optional)",
      "postalCode": "Postal code",
      "city": "City",
      "country": "Country",
      "language": "Language for e-mails",
      "password": "Password",
      "passwordOptional": "Password (optional: without one we e-mail you sign-in links)",
      "submit": "Create account"
    },
    "checkEmail": {
      "title": "Check your e-mail",
      "registered": "We have sent you an e-mail. Open the link in it to confirm your address and continue. Nothing arrived within a few minutes? Look in your spam folder.",
      "signIn": "If an account exists for that address, a sign-in link is on its way. It works once, for one hour."
    },
    "forgot": {
      "title": "Forgot your password?",
      "intro": "Enter the address you sign in with. We will e-mail you a link to choose a new password.",
      "email": "E-mail",
      "submit": "E-mail me a link",
      "back": "Back to sign in"
    },
    "spent": {
      "body": "This link has expired or was already used. Each link works once, for a limited time.",
      "signInForNew": "Sign in to get a new link",
      "askNew": "Ask for a new link"
    },
    "confirm": {
      "title": "Confirm your e-mail address",
      "intro": "For <strong>{email}</strong>. Enter the password you chose when you registered: that shows the account is yours.",
      "password": "The password you chose when you registered",
      "submit": "Confirm and continue"
    },
    "emailChange": {
      "title": "Confirm your new e-mail address",
      "intro": "From now on you sign in as <strong>{newEmail}</strong> instead of {email}. Every device is signed out.",
      "submit": "Confirm the new address"
    },
    "reset": {
      "title": "Choose a new password",
      "intro": "For <strong>{email}</strong>. Saving it signs this account out on every device.",
      "submit": "Save the new password"
    },
    "password": {
      "new": "New password",
      "hint": "At least 8 characters and at most {max} bytes (accented letters and emoji count double or more).",
      "again": "New password again",
      "current": "Current password",
      "note": "Saving signs you out on every other device.",
      "change": "Change password",
      "set": "Set a password",
      "changed": "Your password was changed. Every other device was signed out.",
      "headingChange": "Change your password",
      "headingSet": "Set a password",
      "linkOnly": "You sign in with e-mailed links. With a password you can also sign in without one.",
      "signOutEverywhere": "Sign out everywhere",
      "signOutEverywhereIntro": "Lost a phone, or signed in on a shared computer? This signs you out on every device, including this one."
    }
  },
  "invoiceDocument": {
    "title": "Invoice",
    "draft": "(draft)",
    "issued": "Issued",
    "due": "Due",
    "paid": "Paid",
    "paymentReference": "Payment reference",
    "download": "Download",
    "einvoice": "E-invoice (EHF / Peppol XML)",
    "einvoiceTitle": "E-invoice (EHF / Peppol BIS 3.0 XML) for accounting systems",
    "payments": "Payments",
    "noPayments": "No payments yet.",
    "creditNotes": "Credit notes",
    "columns": {
      "description": "Description",
      "quantity": "Qty",
      "unit": "Unit",
      "vat": "VAT",
      "amount": "Amount",
      "date": "Date",
      "method": "Method",
      "status": "Status",
      "number": "Number",
      "invoice": "Invoice",
      "reason": "Reason",
      "download": "Download"
    },
    "subtotal": "Subtotal excl. VAT",
    "vat": "VAT",
    "total": "Total",
    "amountPaid": "Paid",
    "credited": "Credited",
    "balanceDue": "Balance due"
  },
  "dashboard": {
    "nav": {
      "label": "Dashboard",
      "overview": "Overview",
      "subscribers": "Subscribers",
      "toActOn": "To act on",
      "invoices": "Invoices",
      "payments": "Payments",
      "creditNotes": "Credit notes",
      "abandoned": "Abandoned",
      "bankImports": "Bank imports",
      "unmatched": "Unmatched payments",
      "catalog": "Catalog",
      "outbox": "Outbox",
      "engineLog": "Engine log",
      "testClocks": "Test clocks",
      "settings": "Settings",
      "texts": "E-mail texts",
      "account": "Your account",
      "audit": "Audit log",
      "exports": "Data export",
      "privacy": "Privacy",
      "staff": "Staff",
      "apiKeys": "API keys",
      "webhooks": "Webhooks"
    },
    "table": {
      "search": "Search",
      "searchPlaceholder": "Search by {hint}",
      "searchLabel": "Search {noun} by {hint}",
      "any": "any",
      "downloadCsv": "Download CSV",
      "empty": "Nothing here yet.",
      "noMatch": "No {noun} match.",
      "pages": "Pages",
      "rows": "Rows",
      "previous": "Previous",
      "next": "Next",
      "page": "Page {page}",
      "pageRange": "Page {page} · {noun} {first}–{last}",
      "pageOf": "Page {page} of {pages}",
      "filter": "Filter",
      "filterPlaceholder": "Search {noun}",
      "count": "{count} {noun}",
      "countOf": "{matching} of {total} {noun}",
      "noMatchFilter": "No {noun} match “{filter}”.",
      "draft": "draft",
      "sortProblem": "This list cannot be sorted by “{id}”; it sorts by {allowed}.",
      "filterProblem": "The {name} filter must be one of: {allowed}.",
      "staleCursor": "That page link is out of date or damaged; this is the first page.",
      "day": "day",
      "days": "{count} days",
      "week": "week",
      "weeks": "{count} weeks",
      "month": "month",
      "months": "{count} months",
      "year": "year",
      "years": "{count} years"
    },
    "overview": {
      "title": "Overview",
      "denied": "Your role does not allow you to open that page. The shop’s owner can change your role.",
      "intro": "MRR counts active and past-due subscriptions; trials and paused subscriptions are not included. Figures per currency, never converted. Definitions below.",
      "figuresIn": "Figures in {currency}",
      "mrr": "MRR",
      "mrrNote": "At the end of {month}, excluding VAT.",
      "arr": "ARR",
      "arrNote": "12 × MRR.",
      "subscribers": "Active subscribers",
      "subscribersNote": "Customers with MRR. ARPU <arpu>{amount}</arpu> a month.",
      "trials": "Trials",
      "trialsNow": "now · conversion <conversion>{rate}</conversion>",
      "trialsDecided": "{converted} of {decided} trials decided in {period} converted.",
      "trialsNone": "No trial ended in {period}.",
      "received": "Payments received",
      "receivedNote": "{count, plural, one {# payment} other {# payments}} in {period}; balance use not counted.",
      "invoiced": "Invoiced",
      "invoicedNote": "{count, plural, one {# invoice} other {# invoices}} issued in {period}, VAT included.",
      "periodLabel": "Period",
      "from": "From",
      "to": "to",
      "show": "Show",
      "badMonth": "{which, select, from {The first month} other {The last month}} must be a month written as YYYY-MM.",
      "monthsOrder": "The first month must not be after the last month.",
      "showingDefault": "Showing the last {months} months.",
      "futureMonths": "Months after this one have no figures yet: the range ends this month.",
      "tooManyMonths": "At most {months} months are shown at once: the range starts {from}.",
      "chartMrr": "MRR at the end of each month ({currency})",
      "chartMrrLabel": "MRR over time in {currency}",
      "chartMovements": "MRR movements per month ({currency})",
      "chartMovementsLabel": "MRR movements per month in {currency}",
      "new": "New",
      "expansion": "Expansion",
      "contraction": "Contraction",
      "churn": "Churn",
      "reactivation": "Reactivation",
      "month": "Month",
      "mrrAtStart": "MRR at start",
      "mrrAtEnd": "MRR at end",
      "subscribersColumn": "Subscribers",
      "customerChurn": "Customer churn",
      "grossRevenueChurn": "Gross revenue churn",
      "netRevenueChurn": "Net revenue churn",
      "changes": "{count} subscription changes",
      "churnedOf": "{churned} of {start}",
      "latestInvoices": "Latest invoices",
      "allInvoices": "All invoices",
      "noInvoices": "No invoices yet.",
      "number": "Number",
      "customer": "Customer",
      "issued": "Issued",
      "status": "Status",
      "total": "Total",
      "billingErrors": "Billing errors",
      "noBillingErrors": "None: the engine ran cleanly for every subscription.",
      "plan": "Product / plan",
      "error": "Error",
      "when": "When",
      "simulatedOn": "simulated on <link>{clock}</link>",
      "definitions": {
        "label": "Definitions",
        "title": "How these figures are made",
        "mrrTerm": "<strong>MRR</strong> (monthly recurring revenue)",
        "mrrText": "The recurring price of each subscription’s current term (a campaign’s offer price while the offer lasts) after recurring discounts (a coupon that applies forever, or a repeating one until its last discounted term has been invoiced), excluding VAT, turned into a monthly amount: yearly ÷ 12, quarterly ÷ 3, weekly × 52 ÷ 12. Counted for <strong>active and past-due</strong> subscriptions. Trials, paused and suspended subscriptions, and subscriptions canceled or ended, are not counted. One-off charges, setup fees and reminder fees are not recurring and never count.",
        "arrTerm": "<strong>ARR</strong>",
        "arrText": "12 × MRR at the end of the period.",
        "subscribersTerm": "<strong>Subscribers</strong> and <strong>ARPU</strong>",
        "subscribersText": "Subscribers are customers with MRR in that currency; ARPU is MRR ÷ subscribers.",
        "movementsTerm": "<strong>Movements</strong>",
        "movementsText": "Every change of a subscription’s MRR is recorded when it happens. <em>New</em>: a subscription counts for the first time (paid checkout, or a trial that became paid). <em>Expansion</em> / <em>contraction</em>: its MRR went up or down (plan, price, quantity, a campaign’s offer ending, or a coupon). <em>Churn</em>: it stopped counting (ended, paused, suspended or terminated by the reminder process). <em>Reactivation</em>: it counts again after churn (paid after suspension, resumed). A month’s MRR at its start plus its movements is exactly its MRR at the end.",
        "customerChurnTerm": "<strong>Customer churn rate</strong>",
        "customerChurnText": "Customers with MRR at the start of the month who have none at its end, ÷ customers with MRR at its start.",
        "revenueChurnTerm": "<strong>Gross and net revenue churn</strong>",
        "revenueChurnText": "Gross: MRR lost to churn and contraction in the month ÷ MRR at its start. Net: the same, less what expansion and reactivation won back; below zero when they won back more than was lost.",
        "trialsTerm": "<strong>Trials</strong> and <strong>trial conversion</strong>",
        "trialsText": "Trials: subscriptions in their trial now. Conversion: of the trials decided in the period, the share that became paying (the others ended during their trial).",
        "paymentsTerm": "<strong>Payments received</strong> and <strong>invoiced</strong>",
        "paymentsText": "Payments received: money that came in during the period (a customer’s credit balance used on an invoice is not counted again). Invoiced: the totals, VAT included, of the invoices issued in the period (drafts and voided invoices not counted).",
        "currenciesTerm": "<strong>Currencies</strong>",
        "currenciesText": "Every figure is shown per currency; amounts in different currencies are never added or converted."
      }
    },
    "lists": {
      "subscribers": {
        "title": "Subscribers",
        "titleEnding": "Subscriptions ending soon",
        "intro": "Newest first.",
        "endingLink": "Ending within {days} days",
        "introEnding": "Running subscriptions whose commitment or last instalment ends, or that the customer stopped, within {days} days; soonest first with “Ends” sorted ascending.",
        "allLink": "All subscribers",
        "noun": "subscriptions",
        "searchHint": "name or e-mail",
        "empty": "No subscriptions yet.",
        "statusFilter": "Status",
        "paused": "Paused",
        "pausesAtTermEnd": "Pauses at term end",
        "resumes": ", resumes {date}",
        "untilResumed": ", until resumed",
        "each": "{amount} each",
        "columns": {
          "customer": "Customer",
          "email": "E-mail",
          "plan": "Product / plan",
          "status": "Status",
          "quantity": "Qty",
          "price": "Price per term",
          "nextTerm": "Next term",
          "started": "Started",
          "ends": "Ends"
        }
      },
      "invoices": {
        "title": "Invoices",
        "titleOverdue": "Overdue invoices",
        "intro": "Newest first.",
        "overdueLink": "Overdue invoices",
        "introOverdue": "Open invoices past their due date; narrow them by the dunning steps already taken.",
        "allLink": "All invoices",
        "noun": "invoices",
        "searchHint": "number, payment reference, name or e-mail",
        "empty": "No invoices yet.",
        "statusFilter": "Status",
        "stepFilter": "Dunning steps done",
        "stepsDone": "{count} done",
        "exportLabel": "E-invoices for the accountant, month",
        "exportSubmit": "Download zip (XML)",
        "columns": {
          "number": "Number",
          "customer": "Customer",
          "created": "Created",
          "issued": "Issued",
          "due": "Due",
          "status": "Status",
          "dunning": "Dunning",
          "total": "Total"
        }
      },
      "payments": {
        "title": "Payments",
        "intro": "Payments settled between the two days, in the shop’s time zone.",
        "failedLink": "Failed payments",
        "abandonedLink": "Abandoned checkouts",
        "totals": "Totals",
        "counts": "{count, plural, one {# payment} other {# payments}} in {currency}",
        "none": "No payments.",
        "noun": "payments",
        "searchHint": "reference, invoice number, name or e-mail",
        "empty": "No payments match these filters.",
        "from": "From ({timeZone})",
        "to": "To (inclusive)",
        "any": "Any",
        "show": "Show",
        "badDate": "{which, select, from {The start date} other {The end date}} must be a real date written as YYYY-MM-DD, like 2026-03-31.",
        "badChoice": "{name} must be one of: {allowed}.",
        "datesOrder": "The start date must not be after the end date.",
        "columns": {
          "settled": "Settled",
          "customer": "Customer",
          "invoice": "Invoice",
          "method": "Method",
          "source": "Source",
          "reference": "Reference",
          "status": "Status",
          "amount": "Amount"
        }
      },
      "creditNotes": {
        "title": "Credit notes",
        "refused": "{count, plural, one {One credit note has a refund} other {# credit notes have refunds}} the payment provider refused: the money was not sent back.",
        "seeRefused": "See them with the reasons.",
        "refundsFilter": "Refunds",
        "failedOption": "failed",
        "noun": "credit notes",
        "searchHint": "number, invoice number, name or e-mail",
        "empty": "No credit notes yet.",
        "ehfTitle": "E-invoice (EHF / Peppol BIS 3.0 XML)",
        "refund": "Refund",
        "balance": "Balance",
        "reduceOpen": "Reduced open invoice",
        "columns": {
          "number": "Number",
          "invoice": "Invoice",
          "customer": "Customer",
          "issued": "Issued",
          "reason": "Reason",
          "money": "Money",
          "refunds": "Refunds",
          "amount": "Amount"
        }
      },
      "outbox": {
        "title": "Outbox",
        "intro": "Every e-mail the shop sent or stored, newest first.",
        "statusFilter": "Status",
        "noun": "e-mails",
        "searchHint": "address, subject or template",
        "empty": "No e-mails yet.",
        "columns": {
          "created": "Created",
          "to": "To",
          "subject": "Subject",
          "template": "Template",
          "status": "Status",
          "error": "Error"
        }
      },
      "engineLog": {
        "title": "Engine log",
        "intro": "Every step the billing engine applied, latest first: announcements, invoices, issues and charges, reminders, pauses and ends, each once per subscription and term. What failed is under <errors>engine errors</errors>.",
        "stepFilter": "Step",
        "statusFilter": "Subscription now",
        "noun": "steps",
        "searchHint": "customer name or e-mail",
        "empty": "The engine has not applied any step yet.",
        "term": "{action} · term {term}",
        "columns": {
          "applied": "Applied",
          "step": "Step",
          "due": "Due",
          "customer": "Customer",
          "plan": "Product / plan",
          "status": "Subscription now"
        }
      },
      "engineErrors": {
        "title": "Engine errors",
        "intro": "Subscriptions whose last billing run failed, latest first. The engine tries again on its next sweep and clears the error when it succeeds; events whose delivery failed are on the overview.",
        "noun": "subscriptions",
        "searchHint": "name, e-mail or error",
        "empty": "None: the engine ran cleanly for every subscription.",
        "columns": {
          "when": "When",
          "customer": "Customer",
          "plan": "Product / plan",
          "status": "Status",
          "nextStep": "Next step",
          "error": "Error"
        }
      },
      "abandoned": {
        "title": "Abandoned checkouts",
        "intro": "Checkout payments still waiting for the provider an hour after they started: the customer left, closed the browser, or the provider never reported. If the money came in, mark it paid and the order is fulfilled as usual; if not, mark it not paid and the order is canceled. The provider is asked first either way.",
        "allLink": "All payments",
        "noun": "checkouts",
        "searchHint": "name, e-mail or provider reference",
        "empty": "No abandoned checkouts.",
        "attempt": "attempt {attempt}",
        "columns": {
          "started": "Started",
          "customer": "Customer",
          "method": "Method",
          "order": "Order",
          "amount": "Amount"
        }
      },
      "toActOn": {
        "title": "To act on",
        "ending": "Subscriptions ending soon",
        "endingText": "Commitments or instalments that end, and stops at the term’s end, within {days} days: time to offer a renewal.",
        "failed": "Failed payments",
        "failedText": "Charges and checkouts the provider declined this month, with the reason.",
        "overdue": "Overdue invoices",
        "overdueText": "Open invoices past their due date, by the dunning steps already taken (reminders, suspension, warning).",
        "abandoned": "Abandoned checkouts",
        "abandonedText": "Checkouts still waiting for the provider an hour after they started.",
        "refunds": "Refused refunds",
        "refundsText": "Credit notes whose refund the payment provider refused.",
        "engineErrors": "Engine errors",
        "engineErrorsText": "Subscriptions the billing engine could not move on."
      },
      "exports": {
        "title": "Data export",
        "intro": "Every row of the shop’s real customers (test clocks left out), one CSV file per table, comma-separated with a header row. Amounts are in minor units (cents) with their currency; times are ISO 8601 in UTC. The columns are described in the project’s docs/data-export.md. Each list on the dashboard also downloads as CSV with its own search and filters."
      }
    }
  }
};
export default messages;
