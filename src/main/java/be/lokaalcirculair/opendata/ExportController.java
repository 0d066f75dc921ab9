package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import be.lokaalcirculair.network.EventQuery;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.search.PracticeSearch;

/**
 * The published fiches, the organisations and the events as CSV and XLSX files, filtered
 * with the same parameters as the API's lists (without paging: an export holds every
 * match). The columns are documented on /open-data and in the API description. A
 * conditional request is answered before anything is loaded; then the file is streamed.
 */
@RestController
@Tag(name = "exports", description = "The fiches, organisations and events as CSV (RFC 4180, UTF-8) and XLSX files")
class ExportController {

	static final String PRACTICES_CSV = "/api/v1/practices.csv", PRACTICES_XLSX = "/api/v1/practices.xlsx",
			ORGANISATIONS_CSV = "/api/v1/organisations.csv", ORGANISATIONS_XLSX = "/api/v1/organisations.xlsx",
			EVENTS_CSV = "/api/v1/events.csv", EVENTS_XLSX = "/api/v1/events.xlsx";

	private final PracticeQueries practiceQueries;

	private final OrganisationQueries organisationQueries;

	private final PracticeSearch search;

	private final EventQueries eventQueries;

	private final Exports exports;

	ExportController(PracticeQueries practiceQueries, OrganisationQueries organisationQueries,
			EventQueries eventQueries, PracticeSearch search, Exports exports) {
		this.practiceQueries = practiceQueries;
		this.organisationQueries = organisationQueries;
		this.eventQueries = eventQueries;
		this.search = search;
		this.exports = exports;
	}

	@GetMapping(path = PRACTICES_CSV, produces = ExportFormat.CSV_TYPE)
	@Operation(operationId = "exportPracticesCsv", summary = "The published fiches a search finds, as CSV")
	void practicesCsv(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		practices(ExportFormat.CSV, parameters, request, response);
	}

	@GetMapping(path = PRACTICES_XLSX, produces = ExportFormat.XLSX_TYPE)
	@Operation(operationId = "exportPracticesXlsx", summary = "The published fiches a search finds, as XLSX")
	void practicesXlsx(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		practices(ExportFormat.XLSX, parameters, request, response);
	}

	@GetMapping(path = EVENTS_CSV, produces = ExportFormat.CSV_TYPE)
	@Operation(operationId = "exportEventsCsv", summary = "The events, as CSV")
	void eventsCsv(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		events(ExportFormat.CSV, parameters, request, response);
	}

	@GetMapping(path = EVENTS_XLSX, produces = ExportFormat.XLSX_TYPE)
	@Operation(operationId = "exportEventsXlsx", summary = "The events, as XLSX")
	void eventsXlsx(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		events(ExportFormat.XLSX, parameters, request, response);
	}

	@GetMapping(path = ORGANISATIONS_CSV, produces = ExportFormat.CSV_TYPE)
	@Operation(operationId = "exportOrganisationsCsv", summary = "The organisations, as CSV")
	void organisationsCsv(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		organisations(ExportFormat.CSV, parameters, request, response);
	}

	@GetMapping(path = ORGANISATIONS_XLSX, produces = ExportFormat.XLSX_TYPE)
	@Operation(operationId = "exportOrganisationsXlsx", summary = "The organisations, as XLSX")
	void organisationsXlsx(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		organisations(ExportFormat.XLSX, parameters, request, response);
	}

	private void practices(ExportFormat format, MultiValueMap<String, String> parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		List<Long> ids = this.search.allIds(this.practiceQueries.unpaged(parameters));
		String base = PracticeApiController.baseUrl();
		if (notModified(this.exports.practiceTag(format, ids, base), request, response)) {
			return;
		}
		String name = "lokaal-circulair-praktijken";
		prepare(format, name, response);
		if (!isHead(request)) {
			try (TableWriter table = format.writer(response.getOutputStream(), "praktijken")) {
				this.exports.writePractices(ids, table, base);
			}
		}
	}

	private void organisations(ExportFormat format, MultiValueMap<String, String> parameters,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		OrganisationFilter filter = this.organisationQueries.unpaged(parameters);
		table(format, OrganisationRow.COLUMNS, this.exports.organisationRows(filter, PracticeApiController.baseUrl()),
				"lokaal-circulair-organisaties", "organisaties", request, response);
	}

	private void events(ExportFormat format, MultiValueMap<String, String> parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		EventQuery query = this.eventQueries.unpaged(parameters);
		table(format, EventRow.COLUMNS, this.exports.eventRows(query, PracticeApiController.baseUrl()), EventRow.FILE,
				EventRow.SHEET, request, response);
	}

	/** Answers with a table that was read whole: tagged by its cells, then written. */
	private static <R> void table(ExportFormat format, List<ExportColumn<R>> columns, List<List<Object>> rows,
			String fileName, String sheetName, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (notModified(Exports.tableTag(format, columns, rows), request, response)) {
			return;
		}
		prepare(format, fileName, response);
		if (!isHead(request)) {
			try (TableWriter table = format.writer(response.getOutputStream(), sheetName)) {
				Exports.writeTable(columns, rows, table);
			}
		}
	}

	/** Sets the tag and answers 304 when the client has this version already. */
	private static boolean notModified(String tag, HttpServletRequest request, HttpServletResponse response) {
		return new ServletWebRequest(request, response).checkNotModified(tag);
	}

	private static void prepare(ExportFormat format, String name, HttpServletResponse response) {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString());
	}

	private static boolean isHead(HttpServletRequest request) {
		return "HEAD".equals(request.getMethod());
	}

}
