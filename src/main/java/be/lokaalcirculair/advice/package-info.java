/**
 * Advice requests from organisations, confidential by default (filled in by its own
 * issue).
 */

package be.lokaalcirculair.advice;
