/**
 * The versioned public JSON API with its conventions, the CSV and XLSX exports and the
 * open-data page (later imports, feeds and linked data).
 */

package be.lokaalcirculair.opendata;
