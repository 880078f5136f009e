/**
 * How an engine orders the events of an input-method commit by Enter:
 * - gecko: the Enter keydown comes while composing (isComposing true, keyCode 229), then compositionend;
 * - webkit: compositionend comes first, then the Enter keydown with keyCode 229 and isComposing false.
 */
export type CompositionOrder = 'gecko' | 'webkit';

/**
 * Dispatches, on the focused field, the DOM events of typing `text` through an input method and
 * confirming the candidate with Enter, in the engine's own order. For drivers without an input-method
 * command (WebDriver BiDi in Firefox, WebKitWebDriver): the events are untrusted, but the page's
 * handlers see exactly what that engine's IME would send. Self-contained: it is sent to the page.
 */
export function composeInPage({ text, order }: { text: string; order: CompositionOrder }): void {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement)) throw new Error('no focused text field to compose in');
  const composition = (type: string) =>
    field.dispatchEvent(new CompositionEvent(type, { bubbles: true, data: text }));
  const enter = (type: 'keydown' | 'keyup', isComposing: boolean) => {
    const event = new KeyboardEvent(type, {
      key: 'Enter',
      code: 'Enter',
      bubbles: true,
      cancelable: true,
      isComposing,
    });
    // The IME's keys carry keyCode 229 ("Process"); the init dictionary cannot set it everywhere.
    Object.defineProperty(event, 'keyCode', { value: 229 });
    Object.defineProperty(event, 'which', { value: 229 });
    field.dispatchEvent(event);
  };
  composition('compositionstart');
  composition('compositionupdate');
  // The native setter, so that React's value tracking sees the change the input event announces.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      data: text,
      inputType: 'insertCompositionText',
      isComposing: true,
    }),
  );
  if (order === 'gecko') {
    enter('keydown', true);
    composition('compositionend');
  } else {
    composition('compositionend');
    enter('keydown', false);
  }
  enter('keyup', false);
}
