/** The file name a server suggests in Content-Disposition (RFC 6266: `filename*` wins over `filename`). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Hands a downloaded Blob to the browser as a file. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

/** Awaits a `parseAs: 'blob'` call of the API client and saves its file; returns the file name. */
export async function downloadFrom(call: Promise<{ data?: Blob; response: Response }>, fallback: string): Promise<string> {
  const { data, response } = await call;
  const name = filenameFromDisposition(response.headers.get('content-disposition'), fallback);
  saveBlob(data ?? new Blob([]), name);
  return name;
}
