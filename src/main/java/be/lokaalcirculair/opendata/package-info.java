/**
 * The versioned public JSON API (and later exports, imports, feeds and linked data).
 */

package be.lokaalcirculair.opendata;
