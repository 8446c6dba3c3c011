/**
 * Where a line stood: the title, the short lines under the headline, a byline element, a source or provider element
 * (`provider`: the element a site rule names), the story's first or last lines, or what follows its last paragraph;
 * `head` and `url` for what metadata and the address say.
 */
export type Where = 'title' | 'headline' | 'byline' | 'source' | 'provider' | 'lead' | 'tail' | 'after' | 'head' | 'url';
