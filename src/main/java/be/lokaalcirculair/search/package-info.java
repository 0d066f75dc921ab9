/**
 * Dutch-first full-text search with facets over the practice database (filled in by the
 * search issue).
 */

package be.lokaalcirculair.search;
