/**
 * Reference data of municipalities (with the 2025 mergers), provinces and the other
 * organisations.
 */

package be.lokaalcirculair.organisation;
