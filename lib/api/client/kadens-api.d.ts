/**
 * Types of the Kadens REST API (/api/v1), generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run api:types` after changing an operation or schema (a test fails when
 * this file is out of date).
 */

export interface paths {
    "/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List coupons */
        get: operations["listCoupons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coupons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a coupon */
        get: operations["getCoupon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit notes
         * @description Newest first by issue date; `created_gte`/`created_lt` filter on it.
         */
        get: operations["listCreditNotes"];
        put?: never;
        /**
         * Credit an invoice
         * @description Credits all or part of an open or paid invoice. On an open invoice it lowers what is owed; on a paid one the money is refunded or goes to the customer’s balance.
         */
        post: operations["createCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit_notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a credit note */
        get: operations["getCreditNote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Newest first. Simulated (test clock) customers are never listed.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Creates the customer and their login (without a password: they sign in by e-mailed link). An e-mail address can belong to one customer only (409).
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a customer */
        get: operations["getCustomer"];
        put?: never;
        /**
         * Update a customer
         * @description Changes the given fields. Invoices already issued keep the details they were issued with.
         */
        post: operations["updateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description The log of what happened (domain events), newest first.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an invoice */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/einvoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an invoice as an e-invoice (EHF / Peppol BIS Billing 3.0 UBL)
         * @description Refused (422) with what to fix when the shop’s or the customer’s details are not enough for an e-invoice.
         */
        get: operations["getInvoiceEinvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a payment received outside the shop
         * @description A bank transfer seen on the merchant’s account. A partial payment leaves the rest open; paying more than is owed credits the customer’s balance. Refused as a whole (422) for a draft or void invoice, another currency, or a date in the future.
         */
        post: operations["createInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an invoice as PDF
         * @description A draft has no document yet (404).
         */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void an invoice
         * @description An open invoice nothing was paid on is voided by a credit note for all of it (an issued invoice is never deleted). Refused (409) for a paid, partly paid, credited or void invoice, or while its subscription is in dunning for it: credit it instead.
         */
        post: operations["voidInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a payment */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a payment
         * @description Sends money back through the provider that took it. The refund is made as a credit note on the payment’s paid invoice (an invoice’s amount changes only by a credit note). Refused (409) when the invoice is not paid yet (credit it to lower what it owes), and (422) for more than is left of the payment or a payment not taken online.
         */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description In order of their code.
         */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a plan */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a product */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscriptions */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Start a subscription
         * @description Starts the plan for the customer at once, priced as at checkout (VAT for the customer, the coupon). Its first invoice is charged on the stored payment method or e-mailed (`collection`); a plan with a free trial starts trialing without one. Refused (422) for a plan not sold, a coupon that does not apply, `charge_automatically` without a stored method, or a shipped plan without a valid `shipping_method`. When its first invoice is paid (charged, by transfer or the pay link), the order is paid as a checkout’s.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a subscription */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a subscription
         * @description Changes what needs no plan change: `collection` (charge automatically or send invoices, for invoices issued from now on) and `cancel_at_period_end: false` (undoes a stop at the term’s end). A change of `plan` or `quantity` is refused (422 `use_plan_change`): preview it with `POST /subscriptions/{id}/plan_change_preview` and make it with `POST /subscriptions/{id}/plan_change`. Refused (409) when the subscription has ended or no stop is scheduled to undo; nothing is changed when any part is refused.
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/subscriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a subscription
         * @description `at: period_end` stops it at the end of the running term (the customer is told by e-mail); refused (409) when it is not running, already stopping, inside a commitment, or its next term is already invoiced. `at: now` ends it at once and credits what was paid and not used.
         */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a subscription
         * @description Pauses from the end of the paid term, for `terms` terms or until resumed (the customer is e-mailed). Refused (409) when it is not active, past due, already pausing, stopping, or its next term is already invoiced.
         */
        post: operations["pauseSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}/plan_change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the plan or quantity
         * @description An upgrade applies now and its proration is invoiced (charged on the stored method, else e-mailed); any other change is scheduled for the next term. Refused (409 `preview_changed`) when the amount due now differs from `expected_total` (a day passed, a price changed): preview again.
         */
        post: operations["changeSubscriptionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}/plan_change_preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a change of plan or quantity
         * @description What the change would do now, without changing anything: when it takes effect and, for an upgrade, the proration invoice’s lines and total. Confirm it with `POST /subscriptions/{id}/plan_change` and this `total` as `expected_total`.
         */
        post: operations["previewSubscriptionPlanChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a subscription
         * @description Ends a running pause now (the next term starts and is invoiced at once), or calls off a pause not begun yet. Refused (409) when it is not paused or pausing.
         */
        post: operations["resumeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreditNoteCreate: {
            /** Format: uuid */
            invoice: string;
            /** @description VAT included, in the invoice’s currency; `full` credits all that can still be credited. */
            amount: number | "full";
            reason: string;
            /**
             * @description For a paid invoice: refund the money, or credit the customer’s balance. An open invoice’s credit lowers what it owes.
             * @default balance
             * @enum {string}
             */
            disposition?: "refund" | "balance";
        };
        CustomerCreate: {
            name: string;
            /** Format: email */
            email: string;
            company_name?: string | null;
            vat_id?: string | null;
            /**
             * @description Without it: business when a company_name or vat_id is given, else consumer.
             * @enum {string}
             */
            customer_type?: "consumer" | "business";
            address: {
                line1: string;
                line2?: string | null;
                postal_code: string;
                city: string;
                /** @enum {string} */
                country: "NL" | "BE" | "DE" | "NO" | "SE" | "DK" | "FR" | "AT" | "LU" | "FI" | "GB" | "US";
            };
            /**
             * @default en
             * @enum {string}
             */
            locale?: "en" | "nl" | "de" | "nb";
        };
        /** @description The fields to change; the others stay. The e-mail address is the customer’s login and is changed by the customer. */
        CustomerUpdate: {
            name?: string;
            company_name?: string | null;
            vat_id?: string | null;
            /**
             * @description Without it the customer keeps their type, whatever company_name or vat_id become.
             * @enum {string}
             */
            customer_type?: "consumer" | "business";
            address?: {
                line1?: string;
                line2?: string | null;
                postal_code?: string;
                city?: string;
                /** @enum {string} */
                country?: "NL" | "BE" | "DE" | "NO" | "SE" | "DK" | "FR" | "AT" | "LU" | "FI" | "GB" | "US";
            };
            /** @enum {string} */
            locale?: "en" | "nl" | "de" | "nb";
        };
        InvoicePaymentCreate: {
            amount: number;
            currency: string;
            /** Format: date */
            paid_on: string;
            /**
             * @default bank_transfer
             * @enum {string}
             */
            method?: "bank_transfer";
            note?: string | null;
        };
        InvoiceVoid: {
            /**
             * @description Printed on the credit note that voids the invoice.
             * @default Voided
             */
            reason?: string;
        };
        RefundCreate: {
            /**
             * @description VAT included; `full` (the default) refunds all of the payment not refunded yet.
             * @default full
             */
            amount?: number | "full";
            /**
             * @description Printed on the credit note.
             * @default Refund
             */
            reason?: string;
        };
        SubscriptionCreate: {
            /** Format: uuid */
            customer: string;
            /** Format: uuid */
            plan: string;
            /** @default 1 */
            quantity?: number;
            /** @description A coupon code, applied as at checkout (refused with 422 when it does not apply). */
            coupon?: string;
            /**
             * @description `charge_automatically`: the first invoice is charged on the customer’s stored payment method (422 when they have none). `send_invoice`: it is e-mailed with a pay link and due on the plan’s payment terms.
             * @default charge_automatically
             * @enum {string}
             */
            collection?: "charge_automatically" | "send_invoice";
            /**
             * Format: uuid
             * @description For a plan that is shipped (a physical product), required: the id of one of the shop’s active shipping methods in the plan’s currency, priced on every invoice as at checkout (422 `shipping_method_required` when left out). Refused for a plan that is not shipped.
             */
            shipping_method?: string;
        };
        SubscriptionUpdate: {
            /**
             * @description How its invoices are collected from now on (an invoice already issued is not touched): `charge_automatically` on the customer’s stored method (422 when they have none), or `send_invoice` with a pay link even so.
             * @enum {string}
             */
            collection?: "charge_automatically" | "send_invoice";
            /**
             * @description `false` calls off a stop at the term’s end (409 when none is scheduled). To stop, use `POST /subscriptions/{id}/cancel`.
             * @constant
             */
            cancel_at_period_end?: false;
            /** @description Not changed here: refused (422 `use_plan_change`); use `POST /subscriptions/{id}/plan_change`. */
            plan?: unknown;
            /** @description Not changed here: refused (422 `use_plan_change`); use `POST /subscriptions/{id}/plan_change`. */
            quantity?: unknown;
        };
        SubscriptionCancel: {
            /**
             * @description `period_end`: it runs to the end of the paid term. `now`: it ends at once and what was paid and not used is credited.
             * @default period_end
             * @enum {string}
             */
            at?: "period_end" | "now";
        };
        SubscriptionPause: {
            /**
             * @description How many terms the pause lasts; null (the default) pauses until resumed.
             * @default null
             */
            terms?: number | null;
        };
        PlanChangeRequest: {
            /**
             * Format: uuid
             * @description The plan to move to (the same plan to change only the quantity).
             */
            plan: string;
            /** @description The new quantity; the current one when left out. */
            quantity?: number;
            /** @description The `total` of the preview being confirmed: the change is refused (409 `preview_changed`) when it would charge another amount now. */
            expected_total: number;
        };
        PlanChangePreviewRequest: {
            /**
             * Format: uuid
             * @description The plan to move to (the same plan to change only the quantity).
             */
            plan: string;
            /** @description The new quantity; the current one when left out. */
            quantity?: number;
        };
        SubscriptionResume: Record<string, never>;
        CouponList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Coupon"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Coupon: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "coupon";
            code: string;
            /** @enum {string} */
            kind: "percent" | "fixed";
            percent_off: number | null;
            /** @description In minor units, for a fixed coupon. */
            amount_off: number | null;
            currency: string | null;
            /** @enum {string} */
            duration: "once" | "repeating" | "forever";
            duration_terms: number | null;
            valid_from: string | null;
            valid_until: string | null;
            max_redemptions: number | null;
            times_redeemed: number;
            active: boolean;
            /** Format: date-time */
            created_at: string;
        };
        Error: {
            error: {
                /** @enum {string} */
                type: "authentication_error" | "permission_error" | "invalid_request_error" | "not_found_error" | "conflict_error" | "idempotency_error" | "rate_limit_error" | "api_error";
                /** @description A stable code to branch on, e.g. `resource_missing`, `invalid_cursor`. */
                code: string;
                /** @description What went wrong and what to do about it, for a person. */
                message: string;
                /** @description The request field the error is about, if any. */
                param: string | null;
            };
        };
        CreditNoteList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["CreditNote"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        CreditNote: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "credit_note";
            number: string;
            /** Format: uuid */
            customer: string;
            /** Format: uuid */
            invoice: string;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @description Without VAT, in minor units (cents). */
            subtotal: number;
            /** @description VAT, in minor units (cents). */
            tax: number;
            /** @description With VAT, in minor units (cents). */
            total: number;
            reason: string;
            /** @enum {string} */
            disposition: "refund" | "balance" | "reduce_open";
            /** Format: date-time */
            issued_at: string;
        };
        CustomerList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Customer"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Customer: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "customer";
            name: string;
            email: string;
            company_name: string | null;
            vat_id: string | null;
            /**
             * @description Whether the customer buys as a business (reverse charge, e-invoices) or as a consumer.
             * @enum {string}
             */
            customer_type: "consumer" | "business";
            address: {
                line1: string;
                line2: string | null;
                postal_code: string;
                city: string;
                /** @description ISO 3166-1 alpha-2. */
                country: string;
            };
            /** @enum {string} */
            locale: "en" | "nl" | "de" | "nb";
            /** @description Erased on request (privacy): the personal details are gone. */
            erased: boolean;
            /** Format: date-time */
            created_at: string;
        };
        EventList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Event"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Event: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "event";
            /** @description e.g. `billing/invoice.paid`. */
            type: string;
            subject_type: ("order" | "invoice" | "subscription" | "customer" | "payment" | "credit_note") | null;
            subject_id: string | null;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
        };
        InvoiceList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Invoice"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Invoice: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "invoice";
            /** @description Null for a draft: numbers are given at finalization. */
            number: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "paid" | "void" | "uncollectible";
            /** Format: uuid */
            customer: string;
            subscription: string | null;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @description Without VAT, in minor units (cents). */
            subtotal: number;
            /** @description VAT, in minor units (cents). */
            tax: number;
            /** @description With VAT, in minor units (cents). */
            total: number;
            /** @description Paid so far, in minor units (cents). */
            amount_paid: number;
            /** @description Credited by credit notes, in minor units (cents). */
            amount_credited: number;
            issued_at: string | null;
            due_at: string | null;
            paid_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        InvoiceWithLines: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "invoice";
            /** @description Null for a draft: numbers are given at finalization. */
            number: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "paid" | "void" | "uncollectible";
            /** Format: uuid */
            customer: string;
            subscription: string | null;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @description Without VAT, in minor units (cents). */
            subtotal: number;
            /** @description VAT, in minor units (cents). */
            tax: number;
            /** @description With VAT, in minor units (cents). */
            total: number;
            /** @description Paid so far, in minor units (cents). */
            amount_paid: number;
            /** @description Credited by credit notes, in minor units (cents). */
            amount_credited: number;
            issued_at: string | null;
            due_at: string | null;
            paid_at: string | null;
            /** Format: date-time */
            created_at: string;
            lines: components["schemas"]["InvoiceLine"][];
        };
        InvoiceLine: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "plan" | "setup_fee" | "discount" | "one_off" | "shipping" | "reminder_fee" | "proration";
            description: string;
            quantity: number;
            /** @description Per unit, VAT included, in minor units (cents). */
            unit_amount: number;
            /** @description The line, VAT included, in minor units (cents). */
            amount: number;
            tax_rate_bp: number;
            /** @description VAT in the line, in minor units (cents). */
            tax: number;
            period_start: string | null;
            period_end: string | null;
        };
        Payment: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "payment";
            /** Format: uuid */
            customer: string;
            invoice: string | null;
            /** @description Amount, in minor units (cents). */
            amount: number;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @enum {string} */
            status: "pending" | "paid" | "failed" | "canceled" | "charged_back";
            method: string;
            /** @enum {string} */
            source: "checkout" | "autopay" | "manual" | "bank_file" | "balance";
            failure_reason: string | null;
            settled_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        PaymentList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Payment"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Refund: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "refund";
            /** Format: uuid */
            payment: string;
            credit_note: string | null;
            /** @description Sent back, in minor units (cents). */
            amount: number;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @enum {string} */
            status: "pending" | "refunded" | "failed";
            failure_reason: string | null;
            /** Format: date-time */
            created_at: string;
        };
        PlanList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Plan"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Plan: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "plan";
            /** Format: uuid */
            product: string;
            code: string;
            name: string;
            /** @enum {string} */
            interval: "day" | "week" | "month" | "year";
            interval_count: number;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @description Price per term, VAT included, in minor units (cents). */
            amount: number;
            /** @description One-time fee on the first invoice, in minor units (cents). */
            setup_fee: number;
            trial_days: number;
            commitment_months: number | null;
            /** @description VAT rate in basis points (2100 = 21%). */
            tax_rate_bp: number;
            active: boolean;
        };
        ProductList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Product"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Product: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "product";
            name: string;
            slug: string;
            description: string;
            /** @enum {string} */
            kind: "digital" | "download" | "service" | "physical";
            active: boolean;
            /** Format: date-time */
            created_at: string;
        };
        SubscriptionList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Subscription"][];
            /** @description Whether another page follows. */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        Subscription: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "subscription";
            /** Format: uuid */
            customer: string;
            /** Format: uuid */
            plan: string;
            /** @enum {string} */
            status: "trialing" | "active" | "past_due" | "suspended" | "paused" | "canceled" | "ended";
            quantity: number;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @description Price per term as agreed, VAT included, in minor units (cents). */
            unit_amount: number;
            /** Format: date-time */
            current_period_start: string;
            /** Format: date-time */
            current_period_end: string;
            cancel_at_period_end: boolean;
            /**
             * @description How its invoices are collected: charged on the customer’s stored method (sent when they have none), or sent with a pay link.
             * @enum {string}
             */
            collection: "charge_automatically" | "send_invoice";
            canceled_at: string | null;
            ended_at: string | null;
            trial_ends_at: string | null;
            commitment_ends_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        PlanChange: {
            /** @constant */
            object: "plan_change";
            /** Format: uuid */
            subscription: string;
            /** @enum {string} */
            timing: "now" | "renewal";
            /** Format: date-time */
            effective_at: string;
            /** Format: uuid */
            plan: string;
            quantity: number;
            /** @description The proration invoice of an upgrade; null when nothing was invoiced now. */
            invoice: string | null;
            /** @description What was invoiced now, in minor units (cents). */
            total: number;
        };
        PlanChangePreview: {
            /** @constant */
            object: "plan_change_preview";
            /** Format: uuid */
            subscription: string;
            /**
             * @description `now` for an upgrade (prorated at once); `renewal` for anything else (from the next term).
             * @enum {string}
             */
            timing: "now" | "renewal";
            /** Format: date-time */
            effective_at: string;
            /** Format: uuid */
            plan: string;
            plan_name: string;
            quantity: number;
            /** @description ISO 4217 code, e.g. EUR. */
            currency: string;
            /** @description What a term costs on the new plan, VAT included, in minor units (cents). */
            term_amount: number;
            lines: {
                description: string;
                /** @description The line, VAT included, in minor units (cents). */
                amount: number;
                /** @description VAT in the line, in minor units (cents). */
                tax: number;
                tax_rate_bp: number;
            }[];
            /** @description What is invoiced now (0 for a change at the renewal), in minor units (cents). */
            total: number;
            /** @description VAT in `total`, in minor units (cents). */
            tax: number;
            days_unused: number | null;
            days_in_period: number | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCoupons: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of coupons. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coupon. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCreditNotes: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
                /** @description Only objects of this customer. */
                customer?: string;
                invoice?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of credit notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCreditNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteCreate"];
            };
        };
        responses: {
            /** @description The credit note. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNote"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNote"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
                /** @description Only the customer with this e-mail address. */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreate"];
            };
        };
        responses: {
            /** @description The new customer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdate"];
            };
        };
        responses: {
            /** @description The customer as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
                /** @description Only events of this type. */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
                status?: "draft" | "open" | "paid" | "void" | "uncollectible";
                /** @description Only objects of this customer. */
                customer?: string;
                subscription?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices (without lines). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice with its lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceWithLines"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoiceEinvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UBL 2.1 XML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInvoicePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoicePaymentCreate"];
            };
        };
        responses: {
            /** @description The payment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    voidInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceVoid"];
            };
        };
        responses: {
            /** @description The invoice as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceWithLines"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
                status?: "pending" | "paid" | "failed" | "canceled" | "charged_back";
                /** @description Only objects of this customer. */
                customer?: string;
                invoice?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refundPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundCreate"];
            };
        };
        responses: {
            /** @description The refund (its status is `failed` with the provider’s reason when the provider refused it; the credit note stands). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only the plans of this product. */
                product?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description How many objects a page holds (1–100, default 10). */
                limit?: number;
                /** @description The `next_cursor` of the previous page: this page starts right after its last object. */
                starting_after?: string;
                /** @description Only objects created at or after this instant. */
                created_gte?: string;
                /** @description Only objects created before this instant. */
                created_lt?: string;
                status?: "trialing" | "active" | "past_due" | "suspended" | "paused" | "canceled" | "ended";
                /** @description Only objects of this customer. */
                customer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description The new subscription. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionUpdate"];
            };
        };
        responses: {
            /** @description The subscription as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCancel"];
            };
        };
        responses: {
            /** @description The subscription as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pauseSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionPause"];
            };
        };
        responses: {
            /** @description The subscription as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeSubscriptionPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanChangeRequest"];
            };
        };
        responses: {
            /** @description The change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChange"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewSubscriptionPlanChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanChangePreviewRequest"];
            };
        };
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChangePreview"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not valid (`param` names the field), or the Idempotency-Key was used for another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body within 24 hours gets the first answer again (with `Idempotent-Replayed: true`) and does nothing twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The object’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionResume"];
            };
        };
        responses: {
            /** @description The subscription as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The URL or a header is malformed (a query parameter, a page cursor that was changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is mistyped or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key may only read. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such object (or one of a simulated customer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The object’s state does not allow this now, or a request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with this key; wait `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
