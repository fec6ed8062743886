import { IdParams } from '../schemas/common';
import { Customer, CustomerCreate, CustomerList, CustomerListQuery, CustomerUpdate } from '../schemas/customers';
import { defineOperation } from '../operation';

export const listCustomers = defineOperation({
  method: 'get', path: '/customers', operationId: 'listCustomers', tag: 'Customers', scope: 'read',
  summary: 'List customers', description: 'Newest first. Simulated (test clock) customers are never listed.',
  query: CustomerListQuery,
  response: { status: 200, description: 'A page of customers.', schema: CustomerList },
  errors: [400],
});

export const getCustomer = defineOperation({
  method: 'get', path: '/customers/{id}', operationId: 'getCustomer', tag: 'Customers', scope: 'read',
  summary: 'Retrieve a customer', params: IdParams,
  response: { status: 200, description: 'The customer.', schema: Customer },
  errors: [404],
});

export const createCustomer = defineOperation({
  method: 'post', path: '/customers', operationId: 'createCustomer', tag: 'Customers', scope: 'write',
  summary: 'Create a customer',
  description: 'Creates the customer and their login (without a password: they sign in by e-mailed link). An e-mail address can belong to one customer only (409).',
  body: CustomerCreate,
  response: { status: 201, description: 'The new customer.', schema: Customer },
  errors: [400, 403, 409, 422],
});

export const updateCustomer = defineOperation({
  method: 'post', path: '/customers/{id}', operationId: 'updateCustomer', tag: 'Customers', scope: 'write',
  summary: 'Update a customer', description: 'Changes the given fields. Invoices already issued keep the details they were issued with.',
  params: IdParams, body: CustomerUpdate,
  response: { status: 200, description: 'The customer as it is now.', schema: Customer },
  errors: [400, 403, 404, 422],
});
