// Entry of a single-figure embed (/embed/<figure-id>/): the figure, its step controls, and the parent link.
// A figure's height depends only on its width, so the Datawrapper-style height is always safe to post.
import { bootEmbed } from './boot.ts';
import { followHostViewport } from './host-viewport.ts';
import { keepLinksOutOfFrame } from './links.ts';
import { connectToParent } from './parent-link.ts';
import { startStepper } from './stepper.ts';

const root = document.querySelector<HTMLElement>('[data-embed="figure"]');
const page = root ? bootEmbed(root) : null;
if (root && page) {
  const { query, autoHeight } = page;
  const link = connectToParent({ childId: query.childId, embedId: root.dataset.embedId ?? 'figure', datawrapper: true });
  const figure = root.querySelector<HTMLElement>('[data-figure]');
  const stepper = root.querySelector<HTMLElement>('[data-stepper]');
  if (figure && stepper) startStepper(stepper, figure, query.step);
  // Only for overlays (a chart's popovers): a figure's layout never depends on where the reader is.
  if (autoHeight) followHostViewport(link, root);
  keepLinksOutOfFrame(root, link, autoHeight);
}
