import { apiFile } from './api';

/** Fetches a server-made file and saves it under the server's file name (or `fallbackName`). */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const { blob, filename } = await apiFile(url);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename ?? fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
