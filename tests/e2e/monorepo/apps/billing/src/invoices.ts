import axios from 'axios';

export const fetchInvoice = (id: string) => axios.get<{ id: string }>(`/invoices/${id}`);
