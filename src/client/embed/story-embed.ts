// Entry of the whole-story embed (/embed/). The story engine (startStory, loaded by Story.astro) is the same as
// on the full page; this only connects it to the host: heights out, the host's viewport in.
import { bootEmbed } from './boot.ts';
import { driveStoryFromHost } from './host-scroll.ts';
import { keepLinksOutOfFrame } from './links.ts';
import { connectToParent } from './parent-link.ts';

const root = document.querySelector<HTMLElement>('[data-embed="story"]');
const page = root ? bootEmbed(root) : null;
if (root && page) {
  const { query, autoHeight } = page;
  // ?step=<id> opens at that step, as #<id> does on the full page, wherever the frame scrolls itself. An
  // auto-height frame does not move the host page on load: a newsroom's article is not ours to scroll.
  if (query.step && !autoHeight && !location.hash) {
    history.replaceState(history.state, '', `#${query.step}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
  // The Datawrapper-style height only where the layout no longer depends on the frame's height (see
  // host-scroll.ts); a fixed-height frame resized by such a listener would grow without end.
  const link = connectToParent({ childId: query.childId, embedId: root.dataset.embedId ?? 'story', datawrapper: autoHeight });
  if (autoHeight) driveStoryFromHost(link, root, query.initialWidth);
  keepLinksOutOfFrame(root, link, autoHeight);
}
