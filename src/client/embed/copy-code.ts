// Copy buttons of the embed box. Without JavaScript the code stays a readable, selectable <textarea readonly>;
// the buttons are revealed only here, where they can work.
export function enableCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-for]')) {
    const field = document.getElementById(button.dataset.copyFor ?? '');
    if (!(field instanceof HTMLTextAreaElement)) continue;
    const status = button.closest('[data-embed-box]')?.querySelector<HTMLElement>('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const ok = await copy(field);
      if (status) status.textContent = ok ? (button.dataset.done ?? '') : (button.dataset.failed ?? '');
    });
  }
}

async function copy(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions policy of a frame): select the text so the reader
    // can copy it with the keyboard, and try the legacy command.
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
