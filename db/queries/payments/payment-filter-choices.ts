import { paymentMethodType, paymentSource, paymentStatus } from '@/db/schema';

/** The values the payments report can be filtered by, as the database knows them. */
export const PAYMENT_FILTER_CHOICES = {
  methods: paymentMethodType.enumValues,
  statuses: paymentStatus.enumValues,
  sources: paymentSource.enumValues,
} as const;
