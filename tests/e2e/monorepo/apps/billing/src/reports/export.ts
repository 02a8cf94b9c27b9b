import axios, { AxiosError } from 'axios';

export async function exportReport(id: string): Promise<number> {
  try {
    return (await axios.post(`/reports/${id}/export`)).status;
  } catch (error) {
    if (error instanceof AxiosError) return error.response?.status ?? 0;
    throw error;
  }
}
