package be.lokaalcirculair.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.ApplicationContext;

/** Files of fiches made by the import tests, and waiting for import jobs. */
final class ImportFixtures {

	private ImportFixtures() {
	}

	/** A valid row of the export's columns, with a word that makes it findable. */
	static Map<String, String> fiche(int number, String word, String leadSlug) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("title", "Fiche " + number + " over " + word);
		row.put("summary", "Samenvatting van " + word + " nummer " + number + ".");
		row.put("description", "Een **beschrijving** van " + word + ".");
		row.put("language", "nl");
		row.put("leadOrganisationSlug", leadSlug);
		row.put("municipalities", (number % 2 == 0) ? "Mechelen" : "11056;Gent");
		row.put("themes", "textiel;afval-en-materialen");
		row.put("strategies", "r3");
		row.put("sdgs", "12");
		row.put("status", (number % 3 == 0) ? "afgerond" : "lopend");
		row.put("startDate", "2023-02-01");
		row.put("budgetEur", "12500.5");
		row.put("results", "Ingezameld | 12.5 | ton | 2023");
		row.put("links", "Website | https://example.org/" + number);
		return row;
	}

	/** Rows as an XLSX workbook with a header row. */
	static byte[] xlsx(List<Map<String, String>> rows) {
		List<String> header = header(rows);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("fiches");
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				first.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < header.size(); c++) {
					String value = rows.get(r).get(header.get(c));
					if (value != null) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows as CSV (RFC 4180) with a header row. */
	static String csv(List<Map<String, String>> rows) {
		List<String> header = header(rows);
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (Map<String, String> row : rows) {
				List<String> cells = new ArrayList<>();
				header.forEach((column) -> cells.add(row.getOrDefault(column, "")));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> header(List<Map<String, String>> rows) {
		List<String> header = new ArrayList<>();
		rows.forEach((row) -> row.keySet().stream().filter((key) -> !header.contains(key)).forEach(header::add));
		return header;
	}

	/** Waits until the job's work has ended, and returns the job. */
	static ImportJob awaitEnd(ApplicationContext context, long id) throws InterruptedException {
		ImportJobs jobs = context.getBean(ImportJobs.class);
		ImportWorker worker = context.getBean(ImportWorker.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			ImportJob job = jobs.find(id).orElseThrow();
			if (!job.state().running() && !worker.busyWith(id)) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import job " + id + " did not end");
	}

}
