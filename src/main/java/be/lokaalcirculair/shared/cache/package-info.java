/**
 * Small in-memory caches of derived data (rendered pages, search results), bounded in
 * size.
 */
package be.lokaalcirculair.shared.cache;
