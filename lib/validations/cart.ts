import { z } from 'zod';

// Messages are codes of the catalog's `errors` namespace: the action answers them in the page's language.

export const MAX_QUANTITY = 99;

export const quantitySchema = z.coerce
  .number({ error: 'enter_quantity' })
  .int({ error: 'quantity_whole' })
  .min(1, { error: 'quantity_min' })
  .max(MAX_QUANTITY, { error: 'quantity_max' });

const idSchema = z.uuid({ error: 'item_unknown' });

export const cartItemSchema = z
  .object({
    planId: idSchema.optional(),
    productId: idSchema.optional(),
    quantity: quantitySchema,
  })
  .refine((item) => Boolean(item.planId) !== Boolean(item.productId), {
    error: 'cart_line_kind',
  });

export const PAYMENT_METHODS = ['card', 'ideal', 'bancontact', 'paypal', 'sepa_debit', 'bank_transfer'] as const;
export type PaymentMethodChoice = (typeof PAYMENT_METHODS)[number];

/** The cart as kept in its cookie: ids and quantities only, never a price. */
export const cartSchema = z.object({
  items: z.array(cartItemSchema).max(20),
  couponCode: z.string().max(40).nullable().default(null),
  shippingMethodId: z.uuid().nullable().default(null),
  paymentMethod: z.enum(PAYMENT_METHODS).nullable().default(null),
  // NOTE: one order per checkout token; a new token is made when the cart changes.
  checkoutToken: z.string().min(16).max(64),
});
export type Cart = z.infer<typeof cartSchema>;

export const addToCartSchema = z.union([
  z.object({ planId: idSchema, quantity: quantitySchema }),
  z.object({ productId: idSchema, quantity: quantitySchema }),
]);

export const updateQuantitySchema = z.object({
  index: z.coerce.number().int().min(0).max(19),
  quantity: quantitySchema,
});
export const removeItemSchema = z.object({
  index: z.coerce.number().int().min(0).max(19),
});

export const couponCodeSchema = z.object({
  code: z
    .string({ error: 'coupon_code_missing' })
    .trim()
    .min(1, { error: 'coupon_code_missing' })
    .max(40, { error: 'coupon_code_too_long' })
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'coupon_code_chars' }),
});

export const checkoutDetailsSchema = z.object({
  paymentMethod: z.enum(PAYMENT_METHODS, { error: 'choose_payment_method' }),
  shippingMethodId: z.uuid({ error: 'choose_shipping_method' }).optional(),
});
