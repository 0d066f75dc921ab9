/**
 * The generated inspiration guide and fiche PDFs (filled in by its own issue).
 */

package be.lokaalcirculair.publication;
