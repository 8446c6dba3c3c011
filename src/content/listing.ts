// Injected on demand, into the content script's isolated world, on pages without a story (and on the sites of
// site rules): the listing passes the detector needs there, kept out of the script every page loads.
import { LISTING_PASSES } from '../core/evidence/listing-passes.ts';
import type {} from './index.ts';

globalThis.__upstreamListing ??= LISTING_PASSES;
