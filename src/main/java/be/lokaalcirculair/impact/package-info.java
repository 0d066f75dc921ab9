/**
 * KPIs and reach computed from the data of the other modules (filled in by its own
 * issue).
 */

package be.lokaalcirculair.impact;
