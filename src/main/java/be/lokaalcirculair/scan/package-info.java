/**
 * The circular maturity self-scan and the target-group-specific offer (filled in by its
 * own issue).
 */

package be.lokaalcirculair.scan;
