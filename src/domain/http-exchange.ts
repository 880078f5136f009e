// Raw HTTP/1.1 messages as the wire cards show them: parsed into a start line, header fields and
// content so that a generator can hide the status or break one rule, and written back as text.

/** One HTTP/1.1 message: its start line, its header fields in order, and its content. */
export interface HttpMessage {
  startLine: string;
  headers: readonly { name: string; value: string }[];
  body: string;
}

/** A request and the response to it. */
export interface HttpExchange {
  request: HttpMessage;
  response: HttpMessage;
}

/** Splits a message written with "\n" line ends; the content follows the first empty line. */
export function parseMessage(text: string): HttpMessage {
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split + 2);
  const [startLine = '', ...lines] = head.split('\n');
  const headers = lines.map((line) => {
    const colon = line.indexOf(':');
    return colon < 0
      ? { name: line.trim(), value: '' }
      : { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
  });
  return { startLine, headers, body };
}

/** The message as text again, the content (if any) after an empty line. */
export function formatMessage(message: HttpMessage): string {
  const head = [message.startLine, ...message.headers.map((h) => `${h.name}: ${h.value}`)];
  return message.body ? `${head.join('\n')}\n\n${message.body}` : head.join('\n');
}

/** A header field's value (names compare case-insensitively), or undefined when absent. */
export function headerValue(message: HttpMessage, name: string): string | undefined {
  const lower = name.toLowerCase();
  return message.headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

/** The method of a request's request line ("GET /x HTTP/1.1" → "GET"). */
export function requestMethod(request: HttpMessage): string {
  return request.startLine.split(' ')[0] ?? '';
}

/** The status code of a response's status line, or NaN. */
export function responseStatus(response: HttpMessage): number {
  return Number(response.startLine.split(' ')[1]);
}

/** The length of a text in UTF-8 octets, as Content-Length counts it. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
