import { z } from 'zod';

export const MAX_QUANTITY = 99;

export const quantitySchema = z.coerce
  .number({ error: 'Enter a quantity.' })
  .int({ error: 'The quantity must be a whole number.' })
  .min(1, { error: 'The quantity must be at least 1.' })
  .max(MAX_QUANTITY, { error: `You can order at most ${MAX_QUANTITY} at a time.` });

const idSchema = z.uuid({ error: 'That item does not exist in this shop.' });

export const cartItemSchema = z
  .object({ planId: idSchema.optional(), productId: idSchema.optional(), quantity: quantitySchema })
  .refine((item) => Boolean(item.planId) !== Boolean(item.productId), {
    error: 'Each cart line is either a plan or a product.',
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

export const updateQuantitySchema = z.object({ index: z.coerce.number().int().min(0).max(19), quantity: quantitySchema });
export const removeItemSchema = z.object({ index: z.coerce.number().int().min(0).max(19) });

export const couponCodeSchema = z.object({
  code: z
    .string({ error: 'Enter a coupon code.' })
    .trim()
    .min(1, { error: 'Enter a coupon code.' })
    .max(40, { error: 'That code is too long to be one of ours.' })
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'Coupon codes contain only letters, digits, - and _.' }),
});

export const checkoutDetailsSchema = z.object({
  paymentMethod: z.enum(PAYMENT_METHODS, { error: 'Choose how you want to pay.' }),
  shippingMethodId: z.uuid({ error: 'Choose a shipping method.' }).optional(),
});
