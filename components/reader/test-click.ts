/** A click as the user makes it, for the reader's tests: a script's click (fireEvent, element.click()) is untrusted. */
export function userClick(el: Element) {
  const ev = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(ev, 'isTrusted', { value: true });
  el.dispatchEvent(ev);
}
