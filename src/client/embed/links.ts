// Inside a frame, a link that loads another page would replace the embed with a cramped copy of that page.
// Links out of the document (sources, the full story, the method page) therefore open a new tab; links to a
// place in this document (the data table) stay, and in an auto-height frame, which cannot scroll itself, ask
// the host to scroll there.
import type { ParentLink } from './parent-link.ts';

export function keepLinksOutOfFrame(root: ParentNode, link: ParentLink, autoHeight: boolean): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (isInDocument(a)) continue;
    a.target = '_blank';
    a.relList.add('noopener');
  }
  if (!autoHeight) return;
  root.addEventListener('click', (event) => {
    const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
    if (!a || !isInDocument(a)) return;
    const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    if (target instanceof HTMLDetailsElement) target.open = true;
    link.scrollParentTo(target.getBoundingClientRect().top - 16);
    target.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
  });
}

function isInDocument(a: HTMLAnchorElement): boolean {
  return a.hash !== '' && a.origin === location.origin && a.pathname === location.pathname && a.search === location.search;
}
