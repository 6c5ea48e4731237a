/**
 * A published listing's words in its page's HTML, before any script runs: its title as the
 * document's title, the start of its description as the meta description, and the title,
 * organization and text in the page itself. Chat apps' link previews and search engines that run
 * little or no JavaScript read the listing from the HTML, and a phone on a slow network shows it
 * while the app's code is still arriving; the app then renders the full page in its place.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { summarize } from '@app/common';
import { ListingsService, type ListingKind } from '@app/listings';
import { escapeHtml, type PageContent } from '../http/web.js';

const PATH = /^\/(demands|outcomes)\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})\/?$/;
const KIND_LABEL: Record<ListingKind, string> = { demand: '技术需求', outcome: '科技成果' };
const SITE = '青岚网上技术市场';

/** The page of one listing as an anonymous visitor sees it; nothing for anything else. */
export function listingPageContent(app: INestApplicationContext): (path: string) => Promise<PageContent | null> {
  const listings = app.get(ListingsService);
  return async (path) => {
    const match = PATH.exec(path);
    if (!match) return null;
    const kind: ListingKind = match[1] === 'demands' ? 'demand' : 'outcome';
    let text: string;
    let title: string;
    let organization: string;
    try {
      const listing = await listings.published(kind, match[2]);
      title = listing.title;
      organization = listing.organization?.name ?? '';
      text = 'description' in listing ? listing.description : listing.abstract;
    } catch {
      // Unknown, or not published: the app shows its own answer (404, or the owner's view).
      return null;
    }
    return {
      title: `${title} · ${SITE}`,
      description: summarize(text),
      body:
        `<div class="page"><article class="card prerendered"><p class="muted">${escapeHtml(KIND_LABEL[kind])}` +
        `${organization ? ` · ${escapeHtml(organization)}` : ''}</p>` +
        `<h1 class="page-title">${escapeHtml(title)}</h1><p class="prerendered-text">${escapeHtml(text)}</p></article></div>`,
    };
  };
}
