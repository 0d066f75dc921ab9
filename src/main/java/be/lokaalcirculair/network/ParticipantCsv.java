package be.lokaalcirculair.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.lokaalcirculair.shared.text.CellSafety;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The participant list as CSV for editors. Every text cell goes through
 * {@link CellSafety}, so a name like {@code =HYPERLINK(…)} is never run as a formula by a
 * spreadsheet program (QUALITY.md S12).
 */
final class ParticipantCsv {

	static final List<String> COLUMNS = List.of("naam", "e-mail", "status", "aanwezigheid", "ingeschreven_op");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Ui.ZONE);

	private ParticipantCsv() {
	}

	static String of(List<Registration> participants) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get())) {
			printer.printRecord(COLUMNS);
			for (Registration registration : participants) {
				printer.printRecord(CellSafety.neutralise(registration.getDisplayName()),
						CellSafety.neutralise(registration.getEmail()), registration.getStatus().name().toLowerCase(),
						(registration.getAttendance() != null) ? registration.getAttendance().name().toLowerCase() : "",
						WHEN.format(registration.getQueuedAt()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
