/** What to say when the browser refuses to copy: the text is left selected for the reader. */
export const COPY_REFUSED = 'Copying was refused by the browser: the text is selected, press Ctrl+C (or ⌘C) to copy it.';

/** Copies text with the Clipboard API, falling back to a selected field and execCommand. */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
