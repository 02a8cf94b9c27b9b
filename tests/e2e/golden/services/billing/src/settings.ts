export const ledgerUrl = 'https://ledger.internal';
export const notifyUrl = 'https://notify.internal';
