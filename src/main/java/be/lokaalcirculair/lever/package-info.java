/**
 * The catalogue of levers and instruments a local government can use (filled in by its
 * own issue).
 */

package be.lokaalcirculair.lever;
