/** A multipart/form-data body with one file part, as a browser's FormData sends it. */
export function multipart(
  fileName: string,
  bytes: Buffer,
  field = 'file',
  claimedType = 'application/octet-stream',
) {
  const boundary = `----openpo${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${claimedType}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
