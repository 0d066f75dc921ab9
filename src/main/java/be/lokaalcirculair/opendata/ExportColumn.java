package be.lokaalcirculair.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One column of an export: its stable name (the header, never translated, so that an
 * import can read it back), the kind of value it holds, and how the value is read from a
 * row. The kinds say how values are written, the same in CSV and XLSX.
 *
 * @param name the header
 * @param kind what the cells hold
 * @param value reads the cell's value from a row; {@code null} for an empty cell
 * @param <R> the row type
 */
record ExportColumn<R>(String name, Kind kind, Function<R, Object> value) {

	/** Separates the codes (or names) of a list in one cell. */
	static final String LIST_SEPARATOR = ";";

	/** Separates the lines of a text list in one cell. */
	static final String LINE_SEPARATOR = "\n";

	/** What the cells of a column hold. */
	enum Kind {

		/** Free text. */
		TEXT,
		/** One code of a vocabulary (see /api/v1/taxonomy), or a NIS code. */
		CODE,
		/** Codes separated by {@value ExportColumn#LIST_SEPARATOR}, without spaces. */
		CODES,
		/** Names separated by "; ", to read; an import reads the codes beside them. */
		NAMES,
		/**
		 * Texts, one per line; the lines of a structured list have fields separated by "
		 * | ".
		 */
		LINES,
		/** A number with a decimal point and no thousands separator. */
		NUMBER,
		/** A date in ISO 8601: 2024-03-01. */
		DATE,
		/** A moment in ISO 8601, UTC, to the second: 2024-03-01T09:30:00Z. */
		TIMESTAMP,
		/** {@code true} or {@code false}. */
		BOOLEAN;

		/** The message key that explains the kind on the documentation page. */
		String messageKey() {
			return "opendata.kind." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * The cell of this column for a row: a {@link Number} for numbers, otherwise the text
	 * as written (not yet neutralised against formulas), or {@code null}.
	 */
	Object cell(R row) {
		Object raw = this.value.apply(row);
		if (raw == null) {
			return null;
		}
		return switch (this.kind) {
			case NUMBER -> number(raw);
			case CODES -> join((Collection<?>) raw, LIST_SEPARATOR);
			case NAMES -> join((Collection<?>) raw, LIST_SEPARATOR + " ");
			case LINES -> join((Collection<?>) raw, LINE_SEPARATOR);
			case DATE -> ((LocalDate) raw).toString();
			case TIMESTAMP -> DateTimeFormatter.ISO_INSTANT.format(((Instant) raw).truncatedTo(ChronoUnit.SECONDS));
			default -> raw.toString();
		};
	}

	/** The message key of the column's explanation. */
	String messageKey(String table) {
		return "opendata.column." + table + "." + this.name;
	}

	private static Number number(Object raw) {
		if (raw instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros();
		}
		return (Number) raw;
	}

	private static String join(Collection<?> values, String separator) {
		return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining(separator));
	}

	/** The text of a number as it stands in a CSV cell: 186000, 12.5, 51.0259. */
	static String plain(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (number instanceof Double || number instanceof Float) {
			return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
		}
		return number.toString();
	}

}
