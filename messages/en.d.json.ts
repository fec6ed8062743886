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
    "label": "{status, select, trialing {trialing} active {active} past_due {past due} suspended {suspended} canceled {canceled} draft {draft} open {open} paid {paid} void {void} uncollectible {uncollectible} pending {pending} failed {failed} charged_back {charged back} other {{status}}}"
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
    "manage": {
      "messages": {
        "correctFields": "Please correct the marked fields.",
        "saved": "Saved.",
        "nothingChanged": "Nothing changed.",
        "tooLong": "At most {max} characters.",
        "identitySaved": "Saved. Invoices and credit notes issued from now on show it.",
        "legalNameRequired": "Enter the legal name, as in the business register.",
        "streetRequired": "Enter the street address.",
        "postalCodeRequired": "Enter the postal code.",
        "cityRequired": "Enter the city.",
        "countryRequired": "Choose the country.",
        "contactEmailRequired": "Enter the e-mail address customers write to about invoices.",
        "vatIdOtherCountry": "This VAT number is not from the shop’s country ({country}).",
        "organisationNumberRequired": "Enter the organisation number: invoices in this country must show it.",
        "ibanInvalid": "This is not a valid IBAN (check the country code, the length and the two check digits).",
        "bicInvalid": "A BIC has 8 or 11 letters and digits, e.g. DNBANOKKXXX.",
        "norwegianAccountInvalid": "A Norwegian account number has 11 digits with a valid check digit.",
        "domesticAccountOnlyNorway": "Give an IBAN instead: a domestic account number is taken only for Norway.",
        "invoicingSaved": "Saved. A new prefix applies from the next invoice number on.",
        "timeZoneRequired": "Choose a time zone, e.g. Europe/Oslo.",
        "timeZoneUnknown": "That is not a time zone this server knows: use an IANA name such as Europe/Oslo.",
        "invoiceSeriesRequired": "Choose an invoice series.",
        "invoicePrefixInvalid": "The prefix is 1 to 16 letters, digits, “-”, “_”, “.” or “/”, starting with a letter or digit.",
        "paymentTermsInvalid": "Payment terms are a whole number of days from 1 to 120.",
        "paymentMethodUnknown": "Choose payment methods from the list.",
        "paymentMethodRequired": "Offer at least one payment method.",
        "invoiceAccessRequired": "Choose when a pay-by-invoice order starts.",
        "creditCheckUrlInvalid": "Enter the credit check’s full address, starting with https://, or leave it empty.",
        "creditCheckUrlTooLong": "That address is too long.",
        "creditCheckTimeoutInvalid": "The credit check’s timeout is a number of seconds from 0.5 to 30.",
        "creditCheckFallbackRequired": "Choose what happens when the credit check does not answer.",
        "requirePasswordRequired": "Choose whether customers set a password.",
        "vatOssRequired": "Choose whether the shop is registered for OSS.",
        "pricesIncludeVatRequired": "Choose whether the prices you enter include VAT.",
        "ossOn": "Registered for OSS: consumers in other EU countries are charged their country’s VAT on digital goods from the next invoice on.",
        "ossOff": "Not registered for OSS: consumers in other EU countries are charged the shop’s own VAT (or, from Norway, invoiced as an export) from the next invoice on.",
        "pricesGross": "Prices include VAT: what a customer is shown is what they pay, from the next order, renewal and plan change on. Invoices already issued keep their amounts.",
        "pricesNet": "Prices exclude VAT: VAT is added to every price from the next order, renewal and plan change on. Invoices already issued keep their amounts.",
        "canStopOn": "Customers can now stop their subscriptions on Min Side.",
        "canStopOff": "Customers can no longer stop their subscriptions on Min Side.",
        "canChangePlanOn": "Customers can now change plan, interval or quantity on Min Side.",
        "canChangePlanOff": "Customers can no longer change plan, interval or quantity on Min Side.",
        "earlyExitFeeRequired": "Enter the fee in each currency you sell in, like \"EUR 25.00, NOK 250\"."
      },
      "settings": {
        "title": "Settings",
        "save": "Save",
        "allowed": "Allowed",
        "notAllowed": "Not allowed",
        "identitySection": "Seller identity",
        "identityHeading": "Who issues the invoices",
        "identityIntro": "The legal name, address, VAT and organisation numbers and bank account printed on every invoice and credit note.",
        "identityInForce": "In force since {since}; a change applies to documents issued from then on, and those issued before keep what they were issued with.",
        "identityMissing": "Not set yet: documents show only the shop’s name and support address, which is not a complete invoice in the EU/EEA.",
        "legalName": "Legal name",
        "legalForm": "Legal form",
        "legalFormHint": "AS, B.V., GmbH: printed after the name",
        "addressLine1": "Street address",
        "addressLine2": "Address line 2",
        "postalCode": "Postal code",
        "city": "City",
        "country": "Country (ISO code)",
        "vatId": "VAT number",
        "organisationNumber": "Organisation number",
        "peppolScheme": "Peppol scheme",
        "peppolValue": "Peppol participant id",
        "contactEmail": "Invoice contact e-mail",
        "contactPhone": "Phone",
        "iban": "IBAN",
        "bic": "BIC",
        "domesticAccount": "Norwegian account number",
        "domesticAccountHint": "11 digits, for KID payments",
        "bankHeading": "Bank account customers pay to",
        "bankOwnerOnly": "Only the owner can change the bank account.",
        "invoicingHeading": "Invoicing",
        "invoicingTimeZoneNote": "The time zone is the shop’s calendar: where a day, a month and a due date begin, and how dates are shown here and on invoices. A change applies from now on. Each subscription keeps the instant it is anchored at, and its later periods are counted from that anchor in the new zone’s calendar: a renewal may fall at another local hour, but no term is billed twice or skipped. Simulated customers keep their test clock’s zone.",
        "invoicingNumbersNote": "Invoices are numbered without gaps in the chosen series; a new prefix applies from the next number on, and invoices already issued keep their numbers. The payment terms set the due date of an order paid by invoice; renewals use each plan’s own payment terms (Catalog).",
        "timeZone": "Time zone (IANA name, e.g. Europe/Oslo)",
        "invoiceSeries": "Invoice series",
        "seriesOption": "{series} (next number {next})",
        "invoicePrefix": "Number prefix of that series (applies from the next number on; issued invoices keep theirs)",
        "paymentTermsDays": "Payment terms, in days",
        "ordersHeading": "Orders and payment",
        "ordersIntro": "How customers pay at checkout, when an order paid by invoice starts, an optional credit check for such orders, and whether customers set a password.",
        "methodsLegend": "Payment methods offered at checkout (bank transfer is pay by invoice: no provider, the customer transfers with the invoice’s reference)",
        "invoiceAccess": "A pay-by-invoice order starts the subscription",
        "invoiceAccessOrder": "On order: at once, with the first invoice e-mailed",
        "invoiceAccessPayment": "On payment: when the money for the first invoice arrives",
        "creditCheckUrl": "Credit check address (optional; POSTed each pay-by-invoice order and its customer, it answers allow, allow-after-payment or refuse)",
        "creditCheckTimeout": "Credit check timeout, in seconds",
        "creditCheckFallback": "When the credit check does not answer in time, fails or answers something else",
        "fallbackAllow": "Allow (access as set above)",
        "fallbackAfterPayment": "Allow, with access on payment",
        "fallbackRefuse": "Refuse pay by invoice (the customer chooses another method)",
        "requirePassword": "New customers",
        "requirePasswordYes": "Set a password",
        "requirePasswordNo": "Sign in by e-mailed link (no password)",
        "vatHeading": "VAT",
        "vatIntro": "Whose VAT a consumer in another EU country pays on digital goods: the shop’s own (not registered, below the EUR 10,000 threshold) or their country’s, declared through the One-Stop Shop. Invoices already issued keep their VAT.",
        "vatOssRegistered": "Registered for OSS (the EU One-Stop Shop; for a Norwegian shop, the non-Union scheme)",
        "ossYes": "Registered: consumers in other EU countries pay their country’s VAT",
        "ossNo": "Not registered",
        "pricesIncludeVat": "Prices you enter for plans and shipping",
        "pricesGross": "Include VAT: customers pay the price shown",
        "pricesNet": "Exclude VAT: VAT is added on top (invoices state net prices)",
        "selfServiceHeading": "Customer self-service",
        "selfServiceIntro": "What customers may do themselves on Min Side. You can also forbid a single customer on the subscribers page.",
        "customersCanStop": "Customers stop their subscriptions at the end of the term on Min Side (never inside a commitment), and undo a stop before it happens",
        "customersCanStopNow": "Customers stop at once on Min Side, the unused part of the paid term credited",
        "earlyExitFee": "Inside a commitment",
        "earlyExitNone": "Not allowed",
        "earlyExitFixed": "Allowed for a fixed early-exit fee",
        "earlyExitRest": "Allowed for the rest of the commitment",
        "earlyExitFeeAmounts": "Fixed fee per currency, VAT included (e.g. EUR 25.00, NOK 250)",
        "customersCanChangePlan": "Customers change plan, interval or quantity on Min Side (upgrades at once with a proration invoice, the rest from the next term)",
        "customersCanPause": "Customers pause their subscriptions on Min Side (from the end of the paid term; no invoices while paused) and resume them",
        "maxPauseTerms": "Longest pause, in terms",
        "retentionCoupon": "Coupon offered to a customer who chooses to stop (applied to the subscription’s next invoices if they accept)",
        "noCoupon": "No coupon",
        "retentionHeading": "Retention",
        "retentionIntro": "When a customer chooses to stop on Min Side, they are offered a pause (where allowed) and the coupon above. Their answers:",
        "retentionNone": "No customer has chosen to stop with an offer shown yet.",
        "retentionWhen": "When",
        "retentionCustomer": "Customer",
        "retentionOffered": "Offered",
        "retentionAnswer": "Answer",
        "offerCoupon": "coupon {code}",
        "offerPause": "pause",
        "outcomePause": "Paused instead",
        "outcomeCoupon": "Stayed with the coupon",
        "outcomeStop": "Stopped anyway"
      }
    }
  }
};
export default messages;
