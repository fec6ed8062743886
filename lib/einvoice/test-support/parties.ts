import type { BuyerParty, SellerIdentity } from '../document';

/**
 * Fictional parties for the e-invoice scenarios. Every identifier passes its check digits
 * (org numbers, VAT ids, IBANs, KvK...) so the documents meet the Peppol identifier rules.
 */
export const dutchSeller: SellerIdentity = {
  legalName: 'Trendhouse Media B.V.',
  tradingName: 'Trendhouse',
  address: { street: 'Keizersgracht 100', city: 'Amsterdam', postalCode: '1015 AA', country: 'NL' },
  vatId: 'NL812345678B01',
  organisationNumber: '81234567',
  organisationScheme: '0106',
  peppolId: { scheme: '0106', value: '81234567' },
  contact: { name: 'Billing desk', phone: '+31 20 123 4567', email: 'billing@trendhouse.example' },
  bankAccount: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', accountName: 'Trendhouse Media B.V.' },
};

export const norwegianSeller: SellerIdentity = {
  legalName: 'Fjordabonnement AS',
  address: { street: 'Storgata 1', city: 'Oslo', postalCode: '0155', country: 'NO' },
  vatId: 'NO912345688MVA',
  organisationNumber: '912345688',
  organisationScheme: '0192',
  legalForm: 'Aksjeselskap',
  taxRegistration: 'Foretaksregisteret',
  peppolId: { scheme: '0192', value: '912345688' },
  contact: { name: 'Kundeservice', phone: '+47 22 00 00 00', email: 'faktura@fjordabonnement.example' },
  bankAccount: { domesticAccount: '15030000002', accountName: 'Fjordabonnement AS' },
};

export const norwegianBusiness: BuyerParty = {
  kind: 'business',
  name: 'Nordlys Regnskap AS',
  address: { street: 'Kongens gate 5', city: 'Trondheim', postalCode: '7011', country: 'NO' },
  vatId: 'NO912345696MVA',
  legalId: { scheme: '0192', value: '912345696' },
  peppolId: { scheme: '0192', value: '912345696' },
  contact: { name: 'Kari Nordmann', email: 'kari@nordlys.example' },
};

export const dutchBusiness: BuyerParty = {
  kind: 'business',
  name: 'Grachten Advies B.V.',
  address: { street: 'Prinsengracht 200', city: 'Amsterdam', postalCode: '1016 HH', country: 'NL' },
  vatId: 'NL812345680B01',
  legalId: { scheme: '0106', value: '87654321' },
  peppolId: { scheme: '0106', value: '87654321' },
};

export const germanConsumer: BuyerParty = {
  kind: 'consumer',
  name: 'Anna Schmidt',
  address: { street: 'Lindenstraße 12', city: 'Berlin', postalCode: '10969', country: 'DE' },
  contact: { email: 'anna.schmidt@example.org' },
};

export const dutchConsumer: BuyerParty = {
  kind: 'consumer',
  name: 'Jan de Vries',
  address: { street: 'Oudegracht 7', city: 'Utrecht', postalCode: '3511 AB', country: 'NL' },
};

export const belgianBusiness: BuyerParty = {
  kind: 'business',
  name: 'Brugse Boekhandel BV',
  address: { street: 'Markt 3', city: 'Brugge', postalCode: '8000', country: 'BE' },
  vatId: 'BE0876543270',
  legalId: { scheme: '0208', value: '0876543270' },
  peppolId: { scheme: '0208', value: '0876543270' },
};

export const germanBusiness: BuyerParty = {
  kind: 'business',
  name: 'Hamburger Handel GmbH',
  address: { street: 'Jungfernstieg 4', city: 'Hamburg', postalCode: '20354', country: 'DE' },
  vatId: 'DE812345673',
  peppolId: { scheme: '9930', value: 'DE812345673' },
};

export const swedishBusiness: BuyerParty = {
  kind: 'business',
  name: 'Göta Konsult AB',
  address: { street: 'Avenyn 10', city: 'Göteborg', postalCode: '411 36', country: 'SE' },
  vatId: 'SE556123456701',
  legalId: { scheme: '0007', value: '5561234567' },
  peppolId: { scheme: '0007', value: '5561234567' },
};

export const japaneseBusiness: BuyerParty = {
  kind: 'business',
  name: 'Tokyo Design K.K.',
  address: { street: '1-1 Marunouchi', city: 'Chiyoda-ku, Tokyo', postalCode: '100-0005', country: 'JP' },
};

export const kuwaitiBusiness: BuyerParty = {
  kind: 'business',
  name: 'Gulf Trading Co. W.L.L.',
  address: { street: 'Al Shuhada Street', city: 'Kuwait City', postalCode: '13001', country: 'KW' },
};
